import { faultEachRequest } from './api-faults.js';

faultEachRequest(0, 2);
