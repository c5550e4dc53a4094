/** The action entry: it only runs runAction(). */
import { runAction } from './action/run.js';

void runAction();
