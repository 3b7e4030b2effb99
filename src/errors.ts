// Typed errors, one class per module, each message prefixed with the module name
// and written to tell the user what to do next. Tests check the class, the CLI maps it to an exit code.

export class NewsgraphError extends Error {
  /** Process exit code the CLI uses when this error ends a command. */
  readonly exitCode: number = 1;
  constructor(readonly module: string, message: string, options?: { cause?: unknown }) {
    super(`${module}: ${message}`, options);
    this.name = new.target.name;
  }
}

export class OptionsError extends NewsgraphError {
  override readonly exitCode = 2;
  constructor(module: string, message: string) {
    super(module, message);
  }
}

export class IngestError extends NewsgraphError {
  constructor(message: string, readonly path?: string, readonly reason?: string, options?: { cause?: unknown }) {
    super('ingest', message, options);
  }
}

export class DataFileError extends NewsgraphError {
  constructor(message: string, readonly file: string, options?: { cause?: unknown }) {
    super('data', message, options);
  }
}

export class ExtractError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('extract', message, options);
  }
}

export class ExportError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('export', message, options);
  }
}

export class Neo4jError extends NewsgraphError {
  override readonly exitCode: number = 3;
  constructor(message: string, options?: { cause?: unknown }) {
    super('neo4j', message, options);
  }
}

export class Neo4jConnectionError extends Neo4jError {
  override readonly exitCode = 4;
}

export class Neo4jAuthError extends Neo4jError {
  override readonly exitCode = 5;
}

export class ServeError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('serve', message, options);
  }
}
