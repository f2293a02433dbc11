import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { Option, type Command } from 'commander';

import { integer } from '../options';
import { Runtime, type CliApp, type GlobalOptions } from '../runtime';

import { createMcpServer, createMcpState } from './mcp-server';

export const DEFAULT_MCP_PORT = 4700;
/** Loopback only: the server acts with the person's key, so nothing off this machine may reach it. */
export const MCP_HOST = '127.0.0.1';

/** Largest request body the HTTP transport accepts; the SDK's streamable transport sets no bound itself. */
export const MAX_HTTP_BODY_BYTES = 1_000_000;

interface McpOptions {
  http?: boolean;
  port: number;
}

function actingLabel(rt: Runtime): string {
  try {
    return rt.key().keyPair.did;
  } catch {
    return `no key "${rt.keyName}" (read-only tools only)`;
  }
}

/** Serves over stdin/stdout until the client closes stdin; stdout carries only protocol messages. */
async function serveStdio(rt: Runtime): Promise<void> {
  const server = createMcpServer(rt);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = () => resolve();
    process.stdin.once('end', () => void server.close());
  });
  await server.connect(transport);
  rt.app.io.err(`mjn mcp: serving over stdio as ${actingLabel(rt)}, gateway ${rt.gateway}\n`);
  await closed;
}

/** Reads a POST body up to the bound: undefined (after answering 413 or 400) when it is too big or not JSON. */
async function readBody(req: IncomingMessage, res: ServerResponse): Promise<{ body: unknown } | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  // An oversized body is drained without being kept, then refused: the client reliably gets the 413.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_HTTP_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_HTTP_BODY_BYTES) {
    res
      .writeHead(413, { 'content-type': 'text/plain' })
      .end(`An MCP request body may be at most ${MAX_HTTP_BODY_BYTES} bytes.\n`);
    return undefined;
  }
  try {
    return { body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    res.writeHead(400, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        jsonrpc: '2.0',
        id: null,
        error: { code: -32700, message: 'Parse error: the body is not JSON.' },
      }),
    );
    return undefined;
  }
}

/**
 * Streamable HTTP, stateless: each POST gets its own server and transport (tools keep no per-session
 * state), which the SDK recommends for stateless servers. Host headers other than this loopback address
 * are refused, so a web page cannot reach the server through DNS rebinding.
 */
export async function serveHttp(rt: Runtime, port: number): Promise<Server> {
  const http = createServer();
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, MCP_HOST, () => resolve());
  });
  const bound = (http.address() as AddressInfo).port;
  const allowedHosts = [`${MCP_HOST}:${bound}`, `localhost:${bound}`];
  const state = createMcpState(rt);
  http.on('request', (req, res) => {
    if (!req.url?.startsWith('/mcp')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('The MCP endpoint is /mcp.\n');
      return;
    }
    const server = createMcpServer(rt, state);
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
      enableDnsRebindingProtection: true,
      allowedHosts,
    });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    const parsed = req.method === 'POST' ? readBody(req, res) : Promise.resolve({ body: undefined });
    void parsed
      .then(async (read) => {
        if (!read) return;
        await server.connect(transport);
        await transport.handleRequest(req, res, read.body);
      })
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`MCP request failed: ${error instanceof Error ? error.message : String(error)}\n`);
      });
  });
  rt.app.io.err(
    `mjn mcp: serving streamable HTTP at http://${MCP_HOST}:${bound}/mcp as ${actingLabel(rt)}, gateway ${rt.gateway}\n`,
  );
  return http;
}

export function registerMcpCommand(program: Command, app: CliApp): void {
  program
    .command('mcp')
    .description(
      'Run a Model Context Protocol server for agents (stdio; --http for streamable HTTP on 127.0.0.1), acting as --key',
    )
    .option('--http', 'serve streamable HTTP on 127.0.0.1 instead of stdio')
    .addOption(
      new Option('--port <n>', 'the HTTP port (0 picks a free one)')
        .argParser(integer(0, 65535))
        .default(DEFAULT_MCP_PORT),
    )
    .action(async (options: McpOptions, command: Command) => {
      const rt = new Runtime(app, command.optsWithGlobals<GlobalOptions>());
      if (!options.http) return serveStdio(rt);
      const http = await serveHttp(rt, options.port);
      // Runs until the process is stopped (Ctrl-C); the gateway is not touched on shutdown.
      await new Promise<void>((resolve) => http.once('close', () => resolve()));
    });
}
