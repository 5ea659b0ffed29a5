/** Types of scripts/build-cli.mjs for the tests that build the command line before running it. */
export declare const CLI_OUT_DIR: string;
export declare const CLI_ENTRY: string;
export declare function buildCli(outDir?: string): Promise<string>;
