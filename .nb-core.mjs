import * as core from '@actions/core'; globalThis.x=core;
