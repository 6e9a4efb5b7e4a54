import type { GraphQLFormattedError } from 'graphql';
import { DEMO_PASSWORD } from '../modules/demo/demo.seed.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: GraphQLFormattedError[];
  extensions?: Record<string, any>;
  headers: Headers;
}

/** A GraphQL client over real HTTP that keeps its session cookie, like a browser. */
export class ApiClient {
  cookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
    return { ...body, status: response.status, headers: response.headers };
  }

  /** Like request, but fails on any error, and returns the data. */
  async data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await this.request<T>(query, variables);
    if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<this> {
    const data = await this.data<{ signIn: { errors: Array<{ message: string }> } }>(
      `mutation SignIn($input: SignInInput!) { signIn(input: $input) { errors { code message } } }`,
      { input: { email, password } },
    );
    if (data.signIn.errors.length) throw new Error(`sign-in failed: ${data.signIn.errors[0]!.message}`);
    return this;
  }
}

export const errorCodes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);
