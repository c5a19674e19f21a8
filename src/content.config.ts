import { defineCollection } from 'astro:content';
import { relative } from 'node:path';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glob, type Loader } from 'astro/loaders';
import { checkLessonFrontmatter } from './schemas/lesson-check.ts';
import { courseFrontmatterSchema } from './schemas/lesson-frontmatter.ts';
import { lessonFolderOf } from './schemas/lesson-path.ts';

// Pages: the landing page, top-level pages (glossary, what changed) and one index.mdx per lesson folder.
// Lesson folders also hold exercise `.ts` files, which this pattern leaves out.
const pages = glob({ base: './content', pattern: ['index.mdx', '*.mdx', 'lessons/*/index.mdx'] });

/**
 * The glob loader, plus one rule the shared schema cannot express: a lesson page must carry every course
 * field (`order`, `minutes`, `objectives`), while other pages may omit them.
 */
const coursePages: Loader = {
  name: 'concurrency-lab-pages',
  load: (context) =>
    pages.load({
      ...context,
      parseData: async (props) => {
        const parsed = await context.parseData(props);
        if (props.filePath && lessonFolderOf(props.filePath)) {
          checkLessonFrontmatter(relative(process.cwd(), props.filePath), props.data);
        }
        return parsed;
      },
    }),
};

/** Overrides of Starlight's interface strings (`content/i18n/en.json`; empty: Starlight's English). */
const i18n = defineCollection({
  loader: glob({ base: './content/i18n', pattern: '*.json' }),
  schema: i18nSchema(),
});

export const collections = {
  i18n,
  docs: defineCollection({
    loader: coursePages,
    schema: docsSchema({ extend: courseFrontmatterSchema }),
  }),
};
