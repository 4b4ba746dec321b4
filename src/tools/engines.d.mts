/** Debian's Firefox ESR ($FIREFOX_PATH, firefox-esr, firefox), or null. */
export declare function findFirefox(): string | null
/** WebKitGTK's WebDriver ($WEBKIT_DRIVER_PATH, WebKitWebDriver), or null. */
export declare function findWebKitDriver(): string | null
/** WebKitGTK's MiniBrowser, which WebKitWebDriver drives ($WEBKIT_BROWSER_PATH, or Debian's path), or null. */
export declare function findMiniBrowser(): string | null
/** xvfb-run, for a virtual display, or null. */
export declare function findXvfbRun(): string | null
/** nginx ($NGINX_PATH, /usr/sbin/nginx, on the PATH), or null. */
export declare function findNginx(): string | null
