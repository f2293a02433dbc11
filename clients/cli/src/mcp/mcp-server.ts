import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';

import { CliErrorCodes } from '../errors';
import type { Runtime } from '../runtime';

import { ActingIdentity } from './acting-identity';
import { registerChatTools } from './chat.tools';
import { registerIdentityTools } from './identity.tools';
import { CallBudget, McpLimits } from './limits';
import { registerPaymentsTools } from './payments.tools';
import { registerTrustTools } from './trust.tools';
import { registerVerifyTools } from './verify.tools';

/** What a tool returns: `data` becomes structuredContent, `summary` the one text block a person reads. */
export interface ToolAnswer {
  data: Record<string, unknown>;
  summary: string;
}

export interface ToolSpec<S extends z.ZodObject> {
  description: string;
  input: S;
  /** Signs and writes as the acting identity: counted against the tighter write budget. */
  writes?: boolean;
  run: (args: z.infer<S>) => Promise<ToolAnswer> | ToolAnswer;
}

/** Registers tools on the server with shared budgets and error handling. */
export interface ToolRegistry {
  acting: ActingIdentity;
  rt: Runtime;
  add<S extends z.ZodObject>(name: string, spec: ToolSpec<S>): void;
}

/**
 * What outlives one MCP connection: the call budgets and the acting identity's session. Over HTTP every
 * request gets a fresh server, so this is shared across them; otherwise a budget would reset per request.
 */
export interface McpState {
  acting: ActingIdentity;
  calls: CallBudget;
  writes: CallBudget;
}

/** `now` is injected in tests so the budgets need no timers. */
export function createMcpState(rt: Runtime, now?: () => number): McpState {
  return {
    acting: new ActingIdentity(rt),
    calls: new CallBudget(McpLimits.callsPerMinute, 'tool calls', now),
    writes: new CallBudget(McpLimits.writesPerMinute, 'signed writes (vouch, attest, chat_send)', now),
  };
}

/**
 * The `mjn mcp` server: the tools of issue #13 over whichever transport the caller connects. Every answer
 * is structuredContent (with signed evidence where the data has any) plus a short text summary; every
 * failure is a tool error (isError) whose text names the code and what to do, never a protocol crash.
 */
export function createMcpServer(rt: Runtime, state: McpState = createMcpState(rt)): McpServer {
  const server = new McpServer(
    { name: 'mjn', version: '0.1.0' },
    {
      instructions:
        'Imajin trust graph, identities, payments and chat. Refer to people by DID (did:mjn:…) or @handle. Answers carry signed evidence (signer, signedPayload, signature) you can verify offline.',
    },
  );
  const { acting, calls, writes } = state;

  const registry: ToolRegistry = {
    acting,
    rt,
    add(name, spec) {
      const call = async (args: unknown): Promise<CallToolResult> => {
        try {
          calls.take();
          if (spec.writes) writes.take();
          const answer = await spec.run(args as never);
          return {
            content: [{ type: 'text', text: answer.summary }],
            structuredContent: answer.data,
          };
        } catch (error) {
          const failure = rt.toError(error, false);
          if (failure.code === CliErrorCodes.unauthenticated) acting.forgetSession();
          return {
            isError: true,
            content: [{ type: 'text', text: `${failure.code}: ${failure.message}` }],
            structuredContent: { error: { code: failure.code, message: failure.message } },
          };
        }
      };
      // The SDK's callback type is generic over the schema; `call` takes the already-validated arguments.
      server.registerTool(name, { description: spec.description, inputSchema: spec.input }, call as never);
    },
  };

  registerIdentityTools(registry);
  registerTrustTools(registry);
  registerPaymentsTools(registry);
  registerVerifyTools(registry);
  registerChatTools(registry);
  return server;
}
