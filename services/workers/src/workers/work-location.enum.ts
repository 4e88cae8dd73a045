import { registerEnumType } from '@nestjs/graphql';

/** 就労場所の種別: where a resident teleworker works, as the standard 就労証明書 asks. */
export enum WorkLocation {
  /** 自宅 (在宅). */
  HOME = 'HOME',
  /** サテライトオフィス: the member's shared office. */
  SATELLITE_OFFICE = 'SATELLITE_OFFICE',
  /** Both: at home and at a satellite office. */
  HOME_AND_SATELLITE_OFFICE = 'HOME_AND_SATELLITE_OFFICE',
}

registerEnumType(WorkLocation, { name: 'WorkLocation' });

/** As certificates print it. */
export const WORK_LOCATION_LABELS: Readonly<Record<WorkLocation, string>> = {
  [WorkLocation.HOME]: '自宅（在宅）',
  [WorkLocation.SATELLITE_OFFICE]: 'サテライトオフィス',
  [WorkLocation.HOME_AND_SATELLITE_OFFICE]: '自宅（在宅）及びサテライトオフィス',
};
