import { ApiClient, readRegion, regionFetch } from '@buurtkit/core';
import { ownId, regionId, type RegionMember } from '@buurtkit/api/region';

export interface RegionLinkOptions {
  /** The `apis` attribute: addresses separated by spaces or commas. */
  apis(): string | undefined;
  /** The `region` attribute: the address of a region file. */
  region(): string | undefined;
  /** A member's state changed (unreachable, or back). */
  changed(): void;
}

/**
 * The map across several municipalities' APIs: who the members are (a region file or a list of
 * addresses), the API client that asks them all (core's region transport), and which member an
 * initiative is of. Its rules and the transport are chunks of their own: a map of one API
 * downloads neither.
 */
export class RegionLink {
  members: readonly RegionMember[] = [];
  /** The members that did not answer the last time they were asked. */
  down: ReadonlySet<number> = new Set();
  private resolved?: { key: string; members: Promise<readonly RegionMember[]> };
  private cached?: { key: string; client: ApiClient };

  constructor(private readonly o: RegionLinkOptions) {}

  /** Reads the region's members (the file is fetched once per address); throws what is wrong. */
  async ready(signal: AbortSignal): Promise<void> {
    const key = `${this.o.region() ?? ''}|${this.o.apis() ?? ''}`;
    if (this.resolved?.key !== key)
      this.resolved = { key, members: readRegion({ region: this.o.region(), apis: this.o.apis() }, signal) };
    const pending = this.resolved;
    pending.members.catch(() => {
      if (this.resolved === pending) this.resolved = undefined;
    });
    this.members = await pending.members;
  }

  /** The client that asks every member, in the widget's language; undefined before `ready`. */
  client(locale: string, base: string): ApiClient | undefined {
    if (!this.members.length) return undefined;
    const key = `${locale}|${this.resolved?.key}`;
    if (this.cached?.key !== key) {
      const fetch = regionFetch(this.members, {
        deadlineMs: 4000,
        changed: (down) => {
          this.down = down;
          this.o.changed();
        },
      });
      // One attempt: a member that fails is left out and named, not asked three times.
      this.cached = { key, client: new ApiClient({ baseUrl: base, locale, fetch, attempts: 1 }) };
    }
    return this.cached.client;
  }

  /** The member an initiative of the region is of, with its own id there. */
  own(id: number): { member: RegionMember; id: number; index: number } | undefined {
    if (!this.members.length) return undefined;
    const own = ownId(id);
    const member = this.members[own.index];
    return member && { member, ...own };
  }

  /** Where an initiative of the region is read in full: its own API, its id there, its municipality's name. */
  source(id: number) {
    const own = this.own(id);
    return own && { api: own.member.api, static: !!own.member.static, id: own.id, municipality: own.member.name };
  }

  /** The region's id of another initiative of the same member as `id` (the tracker's "In de buurt"). */
  sibling(id: number, otherOwnId: number): number {
    const own = this.own(id);
    return own ? regionId(own.index, otherOwnId) : otherOwnId;
  }

  /** The municipality an initiative is of, as the region names it. */
  nameOf(id: number): string | undefined {
    return this.own(id)?.member.name;
  }

  /** The names of the members that cannot be reached now. */
  get unreachable(): string[] {
    return [...this.down].map((i) => this.members[i]?.name ?? '');
  }
}
