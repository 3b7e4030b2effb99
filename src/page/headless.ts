// How tests and the bench start Chromium for this page: one list, so both check and measure the same
// renderer. This machine has no GPU: WebGL always runs on SwiftShader (ANGLE on a CPU Vulkan). Measured
// with bench/page.ts (10k entities / 50k statements, 2 shared cores): --disable-gpu, which also composites
// in software, gave 35–58 ms camera-move frames; dropping it for --use-angle=swiftshader
// --enable-unsafe-swiftshader (GPU-process compositing on SwiftShader) gave 109–125 ms, as did
// --use-gl=angle / --enable-gpu-rasterization / --ignore-gpu-blocklist variants in a WebGL probe.
export const HEADLESS_CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
};
