/**
 * The numbers behind each worked example that has them, by method id. The
 * run chart, SPC, Pareto and demand and capacity figures already chart their
 * page's example, so those examples show the figure's own data.
 */
import { figures } from '../figures';
import type { WorkedExampleData } from '../types';
import { fromFigure } from './from-figure';
import { example as measurement } from './measurement-for-improvement';
import { example as modelForImprovement } from './model-for-improvement';
import { example as pdsa } from './pdsa-cycles';
import { example as processMapping } from './process-mapping';

export const workedExamples: Record<string, WorkedExampleData> = {
  'demand-and-capacity': fromFigure(figures['demand-and-capacity']!),
  'measurement-for-improvement': measurement,
  'model-for-improvement': modelForImprovement,
  'pareto-charts': fromFigure(figures['pareto-charts']!),
  'pdsa-cycles': pdsa,
  'process-mapping': processMapping,
  'run-charts': fromFigure(figures['run-charts']!),
  'spc-charts': fromFigure(figures['spc-charts']!),
};
