// Settings that name the port the software itself listens on (not one it connects to, like DB_PORT): read for the
// user's own code and for images Port Lens does not know; a known image listens where its own settings say.
export const LISTEN_SETTINGS: ReadonlySet<string> = new Set(['PORT', 'HTTP_PORT', 'HTTPS_PORT', 'SERVER_PORT', 'LISTEN_PORT', 'APP_PORT']);
