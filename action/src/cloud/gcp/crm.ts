/**
 * The two Resource Manager v3 calls the tool makes. The library never builds these URLs itself,
 * so the root URL is ours to own (tests and the demo point it at a loopback fake).
 */
import type { IamPolicy } from './policy.js';

/** The slice of google-auth-library's AuthClient / GoogleAuth the provider needs (keeps the decision path free of it). */
export interface AuthRequest {
  request<T>(opts: {
    method: 'POST';
    url: string;
    data: Record<string, unknown>;
    timeout?: number;
  }): Promise<{ data: T }>;
}

/** Production endpoint; must end with a slash. */
export const CRM_ROOT_URL = 'https://cloudresourcemanager.googleapis.com/';

/** Thin typed wrapper over getIamPolicy / setIamPolicy for one root URL. */
export class CrmClient {
  private readonly root: string;
  constructor(
    private readonly auth: AuthRequest,
    rootUrl: string = CRM_ROOT_URL,
    private readonly timeoutMs = 30_000,
  ) {
    this.root = rootUrl.endsWith('/') ? rootUrl : `${rootUrl}/`;
  }

  /** Always asks for version 3: anything lower hides (and a write would then drop) conditions. */
  async getIamPolicy(project: string): Promise<IamPolicy> {
    const res = await this.auth.request<IamPolicy>({
      method: 'POST',
      url: this.url(project, 'getIamPolicy'),
      data: { options: { requestedPolicyVersion: 3 } },
      timeout: this.timeoutMs,
    });
    return res.data;
  }

  /** Sends the policy with version 3 and the etag read with it; only bindings and etag are updated. */
  async setIamPolicy(project: string, policy: IamPolicy): Promise<IamPolicy> {
    const res = await this.auth.request<IamPolicy>({
      method: 'POST',
      url: this.url(project, 'setIamPolicy'),
      data: { policy, updateMask: 'bindings,etag' },
      timeout: this.timeoutMs,
    });
    return res.data;
  }

  private url(project: string, verb: string): string {
    return `${this.root}v3/projects/${encodeURIComponent(project)}:${verb}`;
  }
}
