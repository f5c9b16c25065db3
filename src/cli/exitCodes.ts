/** The command's exit codes, as a linter's: the worst of all files decides in a batch. */
export const EXIT_OK = 0;
/** At least one finding of severity error. */
export const EXIT_FINDINGS = 1;
/** An input could not be read, or a usage mistake. */
export const EXIT_INPUT = 2;
