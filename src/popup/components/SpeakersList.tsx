/**
 * Who is quoted, most quotations first. Choosing a speaker scrolls the page to their next
 * quotation, cycling through all of them, and says which one it is.
 */
import { useState } from 'preact/hooks';
import type { SpeakerSummary } from '../../messaging/schemas.ts';
import type { Translate } from '../i18n.ts';
import { nextPosition, sortedSpeakers } from '../speakers.ts';

/** How many speakers show before "Show all"; most articles quote fewer. */
const FIRST_SPEAKERS = 6;

/** Props: the speakers, and what to do with a chosen quotation. */
export interface SpeakersListProps {
  speakers: readonly SpeakerSummary[];
  goTo: (claimId: number, announcement: string) => void;
  t: Translate;
}

/** The list; nothing when nobody is quoted. */
export function SpeakersList({ speakers, goTo, t }: SpeakersListProps) {
  const [positions, setPositions] = useState<Record<string, number>>({});
  const [showAll, setShowAll] = useState(false);
  if (!speakers.length) return null;
  const sorted = sortedSpeakers(speakers);
  const shown = showAll ? sorted : sorted.slice(0, FIRST_SPEAKERS);
  const choose = (speaker: SpeakerSummary) => {
    const position = nextPosition(positions[speaker.name], speaker.claimIds.length);
    const claimId = speaker.claimIds[position];
    if (claimId === undefined) return;
    setPositions({ ...positions, [speaker.name]: position });
    goTo(claimId, t('speakerStep', [position + 1, speaker.claimIds.length, speaker.name]));
  };
  return (
    <section class="panel" aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">{t('speakersHeading')}</h2>
      <ul class="speakers">
        {shown.map((speaker) => {
          const position = positions[speaker.name];
          return (
            <li key={speaker.name}>
              <button
                type="button"
                class="speaker"
                onClick={() => choose(speaker)}
                disabled={!speaker.claimIds.length}
                aria-label={speaker.quotes === 1 ? t('speakerButtonOne', [speaker.name]) : t('speakerButton', [speaker.name, speaker.quotes])}
              >
                <span class="speaker-name">{speaker.name}</span>
                <span class="speaker-count">
                  {position !== undefined ? `${position + 1}/${speaker.claimIds.length}` : speaker.quotes}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {sorted.length > shown.length && (
        <button type="button" class="link more-speakers" onClick={() => setShowAll(true)}>
          {t('showAllSpeakers', [sorted.length])}
        </button>
      )}
    </section>
  );
}
