import { defineCollection } from 'astro:content';
import { relative } from 'node:path';
import { docsSchema } from '@astrojs/starlight/schema';
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

export const collections = {
  docs: defineCollection({
    loader: coursePages,
    schema: docsSchema({ extend: courseFrontmatterSchema }),
  }),
};
