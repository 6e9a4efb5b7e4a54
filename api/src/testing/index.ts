export { ApiClient, errorCodes, type GraphQLResponse } from './client.js';
export { openTestDatabase, startTestServer, type TestDatabase, type TestServer } from './harness.js';
export { DEMO_PASSWORD, DEMO_SIGN_INS } from '../modules/demo/demo.seed.js';
