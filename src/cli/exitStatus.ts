// The exit statuses of `port-lens`, as CI jobs read them.
/** Nothing reached --fail-on (lookup: something matched). */
export const EXIT_OK = 0;
/** A finding reached --fail-on (lookup: nothing matched). */
export const EXIT_FINDINGS = 1;
/** A usage error, a path that cannot be read, or an internal error: the run itself failed. */
export const EXIT_USAGE = 2;
