import { startBackground } from '../src/background/index.ts';

startBackground();
