/**
 * The assessment form's script (assessment-form.ts) as a script island, so a
 * page fetches it once its first paint is on screen (`client:painted`) rather
 * than while the page is being drawn: the first screen is the introduction,
 * and what the person chooses before the script runs is kept (early-answers.ts).
 */
import { scriptIsland } from '../../site/script-islands/script-island';
import { enhanceAssessmentForm } from './assessment-form';

export default scriptIsland(() => enhanceAssessmentForm());
