import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import type { Rooms } from './rooms';
import type { Conn, Room } from './room';

/** A y-websocket message may hold a whole document; beyond this a client is misbehaving. */
export const MAX_MESSAGE = 5 * 1024 * 1024;
const PING_MS = 30_000;

/**
 * Accepts already-authorised upgrades for /yjs/<room> and connects them to
 * their room. Authorisation happens before this, in the upgrade handler.
 */
export class YjsWebsocket {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE, perMessageDeflate: false });
  private readonly alive = new WeakMap<WebSocket, boolean>();
  private readonly ping: NodeJS.Timeout;

  constructor(private readonly rooms: Rooms) {
    this.ping = setInterval(() => {
      for (const ws of this.wss.clients) {
        if (this.alive.get(ws) === false) {
          ws.terminate();
          continue;
        }
        this.alive.set(ws, false);
        ws.ping();
      }
    }, PING_MS);
    this.ping.unref();
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, roomName: string, readOnly: boolean, onClose: () => void): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      ws.once('close', onClose);
      this.connect(ws, roomName, readOnly);
    });
  }

  private connect(ws: WebSocket, roomName: string, readOnly: boolean): void {
    ws.binaryType = 'nodebuffer';
    this.alive.set(ws, true);
    ws.on('pong', () => this.alive.set(ws, true));
    const conn: Conn = {
      readOnly,
      send: (data) => {
        if (ws.readyState === ws.OPEN) ws.send(data, (err) => err && ws.terminate());
      },
      close: (code, reason) => ws.close(code, reason),
    };
    let room: Room | null = null;
    let closed = false;
    // Messages that arrive while the room is read from the database wait for it, in order.
    let waiting: Uint8Array[] | null = [];
    const receive = (r: Room, data: Uint8Array) => {
      const reason = r.receive(conn, data);
      if (reason) ws.close(1003, reason);
    };
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (closed) return;
      if (!isBinary || !Buffer.isBuffer(data)) {
        ws.close(1003, 'Alleen binaire berichten');
        return;
      }
      const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      if (waiting) waiting.push(bytes);
      else if (room) receive(room, bytes);
    });
    ws.on('error', (err) => console.warn(`[yjs] ${roomName}:`, err.message));
    ws.on('close', () => {
      closed = true;
      if (room) void this.rooms.leave(room, conn);
      room = null;
    });
    this.rooms.join(roomName, conn).then(
      (r) => {
        if (closed) {
          void this.rooms.leave(r, conn);
          return;
        }
        room = r;
        const queued = waiting ?? [];
        waiting = null;
        for (const data of queued) receive(r, data);
      },
      (err: unknown) => {
        console.error(`[yjs] ${roomName}: laden mislukt:`, (err as Error).message);
        ws.close(1011, 'De bijeenkomst kon niet worden geladen; opnieuw verbinden');
      },
    );
  }

  close(): void {
    clearInterval(this.ping);
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }
}
