/**
 * Locks down every web contents the app ever creates, including ones we did not mean to:
 * no navigation away from the app, no new windows, no <webview>, no permissions.
 * Links the user clicks are offered to the OS browser through the URL gate instead.
 */
import type { App, Session, WebContents } from 'electron';

export interface HardenOptions {
  /** Opens an http(s) link in the user's browser after the URL gate approves it. */
  openInBrowser(url: string): Promise<boolean>;
  /** Logs what was blocked, so a surprising block can be diagnosed. */
  log(message: string): void;
}

export function hardenWebContents(contents: WebContents, options: HardenOptions): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    options.log(`blocked navigation to ${url}`);
  });
  // will-navigate covers the top frame only; a subframe (should CSP ever let one in) is held too.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return;
    event.preventDefault();
    options.log(`blocked frame navigation to ${event.url}`);
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    options.log(`blocked redirect to ${url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    options.log('blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    // A target=_blank link is the user asking to read the page: the gate decides.
    void options.openInBrowser(url);
    return { action: 'deny' };
  });
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export function hardenApp(app: App, options: HardenOptions): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options));
}
