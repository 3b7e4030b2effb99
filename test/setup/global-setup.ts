// Replaced by the Neo4j work: starts the project's local Neo4j (scripts/) unless NEO4J_URI is set.
export default async function globalSetup(): Promise<void> {}
