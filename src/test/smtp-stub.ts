// A local SMTP server for tests: speaks just enough SMTP for nodemailer (no TLS, no auth) and
// keeps what it received. `hang` makes it swallow the end of DATA without answering — a mail
// server that never confirms, to kill a worker mid-send.
import net from "node:net";

export type SmtpStub = {
  port: number;
  url: string;
  received: { from: string; to: string[]; data: string }[];
  dataStarted: number;
  hang: boolean;
  close(): Promise<void>;
};

export async function startSmtpStub(): Promise<SmtpStub> {
  const sockets = new Set<net.Socket>();
  const stub = { received: [], dataStarted: 0, hang: false } as unknown as SmtpStub;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    let buffer = "";
    let inData = false;
    let mail = { from: "", to: [] as string[], data: "" };
    socket.write("220 stub ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          mail.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          if (stub.hang) return;
          stub.received.push(mail);
          mail = { from: "", to: [], data: "" };
          socket.write("250 OK queued\r\n");
          continue;
        }
        const nl = buffer.indexOf("\r\n");
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250-stub\r\n250 8BITMIME\r\n");
        else if (verb === "MAIL") {
          mail.from = line.slice(10);
          socket.write("250 OK\r\n");
        } else if (verb === "RCPT") {
          mail.to.push(line.slice(8));
          socket.write("250 OK\r\n");
        } else if (verb === "DATA") {
          inData = true;
          stub.dataStarted++;
          socket.write("354 go on\r\n");
        } else if (verb === "QUIT") {
          socket.write("221 bye\r\n");
          socket.end();
        } else socket.write("250 OK\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return Object.assign(stub, {
    port,
    url: `smtp://127.0.0.1:${port}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
