/** The build's entry point under `root` (a directory URL), or undefined to run the sources. */
export function currentBuild(root: URL): URL | undefined;
