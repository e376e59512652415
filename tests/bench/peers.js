// The JavaScript peers of the browser benchmark, bundled for the page by run.mjs (esbuild).
import vader from 'vader-sentiment';
import Sentiment from 'sentiment';
import wink from 'wink-sentiment';

const afinn = new Sentiment();

/** Each peer scores one post's text. */
export const peers = {
  'vader-sentiment': (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound,
  sentiment: (text) => afinn.analyze(text).comparative,
  'wink-sentiment': (text) => wink(text).normalizedScore,
};
