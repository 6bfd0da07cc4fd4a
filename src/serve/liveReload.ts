// Live reload over server-sent events: reload, swap stylesheets, or show a build error as an overlay.
import type { ServerResponse } from 'node:http';

export const EVENTS_PATH = '/__shownotes/events';

export type LiveEvent = { type: 'reload' } | { type: 'css' } | { type: 'error'; text: string } | { type: 'ok' };

export class LiveReloadHub {
  private readonly clients = new Set<ServerResponse>();
  /** The current build error, sent to every page that connects while it lasts. */
  private error: string | null = null;

  connect(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write('retry: 500\n\n');
    this.clients.add(res);
    const drop = () => this.clients.delete(res);
    res.on('close', drop);
    res.on('error', drop);
    if (this.error) this.send(res, { type: 'error', text: this.error });
  }

  broadcast(event: LiveEvent): void {
    if (event.type === 'error') this.error = event.text;
    if (event.type === 'ok' || event.type === 'reload' || event.type === 'css') this.error = null;
    for (const res of this.clients) this.send(res, event);
  }

  get size(): number {
    return this.clients.size;
  }

  close(): void {
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private send(res: ServerResponse, event: LiveEvent): void {
    const data = event.type === 'error' ? JSON.stringify(event.text) : '{}';
    try {
      res.write(`event: ${event.type}\ndata: ${data}\n\n`);
    } catch {
      this.clients.delete(res);
    }
  }
}

/** The script the dev server adds to every HTML page it serves (never to the built files). */
export const LIVE_RELOAD_SCRIPT = `<script>(function(){
var es=new EventSource(${JSON.stringify(EVENTS_PATH)});
function overlay(text){var o=document.getElementById('shownotes-error');if(!text){if(o)o.remove();return;}
if(!o){o=document.createElement('pre');o.id='shownotes-error';o.className='error-overlay';o.setAttribute('role','alert');document.body.appendChild(o);}o.textContent=text;}
es.addEventListener('reload',function(){location.reload();});
es.addEventListener('css',function(){overlay(null);document.querySelectorAll('link[rel=stylesheet]').forEach(function(l){var u=new URL(l.href);u.searchParams.set('v',Date.now());l.href=u.toString();});});
es.addEventListener('error',function(e){if(e.data)overlay(JSON.parse(e.data));});
es.addEventListener('ok',function(){overlay(null);});
})();</script>`;
