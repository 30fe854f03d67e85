import { Worker } from 'node:worker_threads';

/** What a worker needs to make the renderer `<Code>` makes: both JSON, from `virtual:astro-expressive-code/config`. */
export interface HighlighterSetup {
	/** Expressive Code's part of the Astro config; `root` is the project's URL, where ec.config.mjs is. */
	astroConfig: { root: string } & Record<string, unknown>;
	ecIntegrationOptions: Record<string, unknown>;
}

/** One code block, as `<Code>` is given it, and where it sits: the page, and its place among the page's blocks. */
export interface CodeBlockRequest {
	code: string;
	lang?: string;
	meta?: string;
	locale?: string;
	className?: string;
	/** Expressive Code's block props: frame, title, wrap... */
	props: Record<string, unknown>;
	url: string;
	/** 0 for the page's first block, which also carries the links to Expressive Code's stylesheet and script. */
	groupIndex: number;
}

type Reply = { id: number; html: string; error?: undefined } | { id: number; error: string };

interface Pending {
	resolve: (html: string) => void;
	reject: (error: Error) => void;
}

/**
 * Worker threads that render code blocks (highlight-worker.mjs), each block to the least
 * busy one. Started on the first block, which brings the setup they are made from.
 */
export class HighlighterPool {
	private workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
	private nextId = 0;

	constructor(
		private readonly workerFile: URL,
		private readonly size: number,
	) {}

	highlight(setup: HighlighterSetup, block: CodeBlockRequest): Promise<string> {
		if (this.workers.length === 0) this.start(setup);
		const least = this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
		const id = this.nextId++;
		return new Promise<string>((resolve, reject) => {
			if (least.pending.size === 0) least.worker.ref();
			least.pending.set(id, { resolve, reject });
			least.worker.postMessage({ id, block });
		});
	}

	private start(setup: HighlighterSetup) {
		for (let i = 0; i < this.size; i++) {
			const worker = new Worker(this.workerFile, { workerData: setup });
			const pending = new Map<number, Pending>();
			const failAll = (error: Error) => {
				for (const { reject } of pending.values()) reject(error);
				pending.clear();
			};
			worker.on('message', (reply: Reply) => {
				const waiting = pending.get(reply.id);
				pending.delete(reply.id);
				if (pending.size === 0) worker.unref();
				if (reply.error === undefined) waiting?.resolve(reply.html);
				else waiting?.reject(new Error(reply.error));
			});
			worker.on('error', failAll);
			worker.on('exit', (code) => failAll(new Error(`the code highlighter's worker thread stopped (exit code ${code})`)));
			// Only a worker with blocks to render keeps the build alive: one that fails midway exits without waiting for idle ones.
			worker.unref();
			this.workers.push({ worker, pending });
		}
	}

	async close(): Promise<void> {
		const workers = this.workers;
		this.workers = [];
		await Promise.all(workers.map(({ worker }) => worker.terminate()));
	}
}
