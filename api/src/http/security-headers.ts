import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { Config } from '../config.js';

/**
 * Security headers for every response (helmet). The Content-Security-Policy lets the three
 * built apps run as Vite emits them (module scripts and stylesheets from our origin, no
 * inline script) and nothing else: map tiles come from the hosts in CSP_IMG_SOURCES.
 */
export function securityHeaders(config: Config): FastifyHelmetOptions {
  const secure = config.COOKIE_SECURE;
  return {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // WebAssembly compiles (the counter's QR decoder, served by us), no JS eval.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        // Libraries (Leaflet, charts, the design system) set style attributes and <style> tags.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...config.CSP_IMG_SOURCES],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // The youth app's service worker; the counter's camera preview.
        workerSrc: ["'self'", 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Behind HTTPS only: on plain http (the local default) it would break every asset.
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // Plain http on loopback must not be pinned to https for a year.
    strictTransportSecurity: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
}

/** Devices the apps may ask for: the camera (counter QR scan) and location (youth search). */
export const PERMISSIONS_POLICY = 'camera=(self), geolocation=(self), microphone=(), payment=()';
