// `npm start`: builds Port Lens and serves VS Code for the web with it loaded and the sample workspace open
// (a compose file, a Dockerfile, an nginx config and a .env), so that you can try it in your browser.
//
//   npm start                       VS Code 1.137 on http://localhost:3000/
//   PORT=8080 npm start             another port (HOST=0.0.0.0 to reach it from another machine)
//   npm start -- --vscode 1.91.1    the oldest supported VS Code
import { buildExtension } from './buildExtension.mjs';
import { serveWorkbench } from './serveWorkbench.mjs';
import { CURRENT_BUILD, webBuild } from './vscodeWebBuilds.mjs';

const versionFlag = process.argv.indexOf('--vscode');
const build = versionFlag > 0 ? webBuild(process.argv[versionFlag + 1]) : CURRENT_BUILD;
const host = process.env.HOST || 'localhost';
const port = Number(process.env.PORT || 3000);

try {
  buildExtension();
  const { url } = await serveWorkbench({ build, host, port });
  console.log(`
  Port Lens is running in VS Code ${build.version} for the web, with the sample workspace open:

      ${url}

  Open that address in Chrome, Edge or Firefox. Try: hover over 5432 in compose.yaml, open the Problems
  panel (Ctrl+Shift+M), or press F1 and run "Port Lens: Look Up Port…". Edits stay in the browser's
  memory. After changing the code, stop with Ctrl+C and run npm start again.
`);
} catch (error) {
  console.error(`npm start failed: ${error.message}`);
  process.exit(1);
}
