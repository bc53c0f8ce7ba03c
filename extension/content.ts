import { startSession } from '../src/page/session.ts';

startSession();
