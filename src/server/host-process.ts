/**
 * Entry of the workshop's host process (ADR 0008). The desktop app starts it as an Electron
 * utility process (messages through `process.parentPort`); tests start it with Node's `fork`
 * (messages through `process.send`). Both reach the same service (host-service.ts).
 */
import { serveHostRequests, type HostChannel } from './host-service';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

function channelToParent(): HostChannel {
  const parentPort = (process as { parentPort?: ParentPort }).parentPort;
  if (parentPort)
    return {
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
      post: (event) => parentPort.postMessage(event),
    };
  const send = process.send?.bind(process);
  if (!send)
    throw new Error('the workshop host process was started without a channel to its parent');
  return {
    onMessage: (listener) => process.on('message', listener),
    post: (event) => void send(event),
  };
}

serveHostRequests(channelToParent(), () => {
  // Let the last message reach the parent before the process ends.
  setTimeout(() => process.exit(0), 100);
});
