import { faultEachRequest } from './api-faults.js';

faultEachRequest(1, 2);
