import { afterAll } from 'vitest';
import { removeTempDirs } from './pipeline/helpers.js';

// every test file leaves the system's temporary directory as it found it
afterAll(removeTempDirs);
