/**
 * The Hugging Face hub as a FileSource: `${endpoint}/${repoId}/resolve/${revision}/${file}` (the URL
 * `from_pretrained` downloads from; it redirects to the LFS/CDN object for large files).
 */
import { httpFileSource, type FileSource } from './fileSource.ts';

export interface HubOptions {
  revision?: string;
  endpoint?: string;
  fetchImpl?: typeof fetch;
}

const REPO_ID = /^(?:[\w.-]+\/)?[\w.-]+$/;

export function hubFileSource(repoId: string, options: HubOptions = {}): FileSource {
  const { revision = 'main', endpoint = 'https://huggingface.co', fetchImpl } = options;
  if (!REPO_ID.test(repoId) || repoId.includes('..')) {
    throw new Error(`"${repoId}" is not a Hugging Face repository id (expected "owner/name")`);
  }
  const base = `${endpoint.replace(/\/+$/, '')}/${repoId}/resolve/${encodeURIComponent(revision)}`;
  const host = endpoint.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  return httpFileSource(base, fetchImpl, `${host}/${repoId}@${revision}`);
}
