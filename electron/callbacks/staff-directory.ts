import { text } from '../contract/i18n/text';
import type { DeskError } from '../contract/desk-types';
import { fail, ok, type Result } from '../contract/result';
import type { KeyVault } from '../profiles/key-vault';
import type { ProfileService } from '../profiles/profile-service';
import type { StaffList } from '../contract/read-types';
import { fetchSipStatus, fetchStaff } from '../ringostat/read-api';
import type { Transport } from '../ringostat/transport';
import { projectIdFor, targetFor } from './targets';

/** The active project's employees, read once and kept until asked to refresh; and their SIP status. */
export class StaffDirectory {
  private readonly cache = new Map<string, StaffList>();

  constructor(
    private readonly profiles: ProfileService,
    private readonly keys: KeyVault,
    private readonly simulatorUrl: () => string,
    private readonly transport: Transport,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(refresh: boolean): Promise<Result<StaffList, DeskError>> {
    const profile = this.profiles.active();
    const cached = this.cache.get(profile.id);
    if (cached && !refresh) return ok(cached);
    const target = targetFor(profile, this.keys, this.simulatorUrl);
    if (!target.ok) return fail({ code: 'invalid-input', message: target.error.message });
    const projectId = projectIdFor(profile);
    if (projectId === '')
      return fail({
        code: 'invalid-input',
        message: text('staff.noProjectId'),
      });
    const staff = await fetchStaff(target.value, this.transport, projectId);
    if (!staff.ok) return fail({ code: 'invalid-input', message: staff.error.message });
    const list = { staff: staff.value, fetchedAt: this.now().toISOString() };
    this.cache.set(profile.id, list);
    return ok(list);
  }

  async sipStatus(login: string): Promise<Result<{ online: boolean; speaking: boolean }, DeskError>> {
    const profile = this.profiles.active();
    const target = targetFor(profile, this.keys, this.simulatorUrl);
    if (!target.ok) return fail({ code: 'invalid-input', message: target.error.message });
    const status = await fetchSipStatus(target.value, this.transport, login);
    return status.ok ? ok(status.value) : fail({ code: 'invalid-input', message: status.error.message });
  }
}
