/** EAN-13 (books' ISBN-13, records' barcodes): 13 digits, the last one a mod-10 check digit. */
export function isValidEan13(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(value[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === Number(value[12]);
}

/** Spaces and hyphens people type or print inside barcodes are dropped; null when empty. */
export function normalizeEan(value: string): string | null {
  const ean = value.replace(/[\s-]/g, '');
  return ean === '' ? null : ean;
}
