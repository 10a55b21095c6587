/** The EAN-13 rule lives with the catalogue (offers carry EANs); kept here for its callers. */
export { isValidEan13, normalizeEan } from '../catalog/ean.js';
