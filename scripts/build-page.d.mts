export function buildPage(options?: { dev?: boolean; quiet?: boolean; outDir?: string }): Promise<{ outDir: string; bytes: number }>;
