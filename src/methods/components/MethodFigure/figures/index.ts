/** The figure for each method, by the method's id (its file name in content/methods). */
import type { Figure } from '../types';
import { figure as actionLearningSets } from './action-learning-sets';
import { figure as causeAndEffect } from './cause-and-effect';
import { figure as demandAndCapacity } from './demand-and-capacity';
import { figure as driverDiagrams } from './driver-diagrams';
import { figure as experienceBasedCoDesign } from './experience-based-co-design';
import { figure as fiveWhys } from './five-whys';
import { figure as measurementForImprovement } from './measurement-for-improvement';
import { figure as modelForImprovement } from './model-for-improvement';
import { figure as paretoCharts } from './pareto-charts';
import { figure as pdsaCycles } from './pdsa-cycles';
import { figure as peerToPeerReview } from './peer-to-peer-review';
import { figure as processMapping } from './process-mapping';
import { figure as portfolioReview } from './project-prioritisation-and-portfolio-review';
import { figure as runCharts } from './run-charts';
import { figure as spcCharts } from './spc-charts';
import { figure as stakeholderAnalysis } from './stakeholder-analysis';
import { figure as sustainabilityAndSpread } from './sustainability-and-spread';

export const figures: Record<string, Figure> = {
  'action-learning-sets': actionLearningSets,
  'cause-and-effect': causeAndEffect,
  'demand-and-capacity': demandAndCapacity,
  'driver-diagrams': driverDiagrams,
  'experience-based-co-design': experienceBasedCoDesign,
  'five-whys': fiveWhys,
  'measurement-for-improvement': measurementForImprovement,
  'model-for-improvement': modelForImprovement,
  'pareto-charts': paretoCharts,
  'pdsa-cycles': pdsaCycles,
  'peer-to-peer-review': peerToPeerReview,
  'process-mapping': processMapping,
  'project-prioritisation-and-portfolio-review': portfolioReview,
  'run-charts': runCharts,
  'spc-charts': spcCharts,
  'stakeholder-analysis': stakeholderAnalysis,
  'sustainability-and-spread': sustainabilityAndSpread,
};
