export {
  adoptionOverTimeOption,
  chartYen,
  municipalityAdoptionOption,
  orderValueByCategoryOption,
  orderValueByClientOption,
  routineSplitOption,
  sectorSplitOption,
  sharedWorkFlowOption,
  yearOverYearOption,
} from './report-charts';
export type {
  ClientValueInput,
  OrgClientValuesInput,
  SharedWorkInput,
  YearClientValuesInput,
  YearOverYearInput,
  YenLike,
} from './report-charts';
