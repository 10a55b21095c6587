import { devices } from '@playwright/test';
import { e2eConfig } from '@passculture/testing/playwright';

export default e2eConfig([{ name: 'desktop', use: { ...devices['Desktop Chrome'] } }]);
