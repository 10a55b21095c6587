import { e2eConfig } from '@passculture/testing/playwright';

export default e2eConfig([
  {
    // Mobile-first: the journeys run on a small phone.
    name: 'mobile-360',
    use: {
      browserName: 'chromium',
      viewport: { width: 360, height: 780 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    },
  },
]);
