import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { StaticNodeDirectory } from '../routing/node-directory';
import { FILE_RELAY_DIRECTORY, FileRelayController } from './file-relay.controller';

const FILE_ID = '0b6c3f43-6d3e-4f0c-9d62-0a4a3c5b1e11';

describe('the gateway relays signed file links to the workers node of the org', () => {
  let node: Server;
  let gateway: INestApplication;
  let url: string;
  const seen: { method: string; url: string; body: Buffer }[] = [];

  beforeAll(async () => {
    // Stands in for a workers node: answers a download with bytes and headers, echoes an upload's size.
    node = createServer((req: IncomingMessage, res) => {
      const parts: Buffer[] = [];
      req.on('data', (part: Buffer) => parts.push(part));
      req.on('end', () => {
        seen.push({ method: req.method!, url: req.url!, body: Buffer.concat(parts) });
        if (req.method === 'GET') {
          res.writeHead(200, {
            'content-type': 'image/png',
            'content-disposition': 'attachment; filename="a.png"',
            'set-cookie': 'leak=1',
          });
          res.end(Buffer.from([1, 2, 3, 4]));
        } else {
          res.writeHead(201, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ received: Buffer.concat(parts).length }));
        }
      });
    });
    await new Promise<void>((resolve) => node.listen(0, '127.0.0.1', resolve));
    const nodeUrl = `http://127.0.0.1:${(node.address() as AddressInfo).port}`;

    @Module({
      controllers: [FileRelayController],
      providers: [{ provide: FILE_RELAY_DIRECTORY, useValue: new StaticNodeDirectory({ tateshina: { workers: nodeUrl } }) }],
    })
    class RelayModule {}
    gateway = await NestFactory.create(RelayModule, { logger: false });
    await gateway.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(gateway.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await gateway?.close();
    await new Promise((resolve) => node?.close(resolve));
  });

  it('streams a download from the org’s node with the link’s query, and only the file headers', async () => {
    const res = await fetch(`${url}/files/tateshina/${FILE_ID}?purpose=download&expires=1&signature=abc`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="a.png"');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.from([1, 2, 3, 4]));
    expect(seen.at(-1)).toMatchObject({ method: 'GET', url: `/files/tateshina/${FILE_ID}?purpose=download&expires=1&signature=abc` });
  });

  it('streams an upload body to the node', async () => {
    const body = Buffer.alloc(300_000, 7);
    const res = await fetch(`${url}/files/tateshina/${FILE_ID}?purpose=upload&expires=1&signature=abc`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body,
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ received: 300_000 });
    expect(seen.at(-1)?.body.equals(body)).toBe(true);
  });

  it('answers 404 for an org without a workers node or a malformed path, asking no node', async () => {
    const before = seen.length;
    for (const path of [`/files/shiojiri/${FILE_ID}`, '/files/tateshina/not-a-file', `/files/..%2Fadmin/${FILE_ID}`]) {
      const res = await fetch(url + path);
      expect([path, res.status]).toEqual([path, 404]);
    }
    expect(seen.length).toBe(before);
  });
});
