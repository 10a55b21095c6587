import { devices } from '@playwright/test';
import { e2eConfig } from '@passculture/schema/testing/playwright';

export default e2eConfig([{ name: 'desktop', use: { ...devices['Desktop Chrome'] } }]);
