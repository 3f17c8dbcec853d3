import { answerQuestion } from './answers/question-answering.ts';
import type { CommandContext, CommandDefinition } from './commands/command-definition.ts';
import { splitArguments, splitCommandLine } from './commands/command-parser.ts';
import { coreCommands } from './commands/command-registry.ts';
import { usesCommandSyntax } from './commands/command-syntax.ts';
import { argumentsOf, usageOf } from './commands/command-usage.ts';
import { nearestCommandName } from './commands/nearest-command-name.ts';
import { message } from './i18n/catalogue.ts';
import { commandName, optionDescription, optionName } from './i18n/command-texts.ts';
import { decidedWithoutChannel, resolveLocale } from './i18n/locale-resolution.ts';
import { LOCALES, type Locale } from './i18n/locales.ts';
import { answerInLanguage } from './i18n/localized-answers.ts';
import { localizedIssue } from './i18n/localized-issue.ts';
import type { Inbound } from './inbound.ts';
import type { Knowledge } from './knowledge.ts';
import type { CorePorts } from './ports.ts';
import { type Reply, SESSION_ZONE, textReply } from './reply.ts';
import { isOnlyMentions, MAX_INPUT_CHARS, quoteUserText } from './safe-text.ts';

export type QuestionAnswerer = (question: string, ctx: CommandContext) => Reply | Promise<Reply>;

export interface BotCoreOptions {
  /** The current knowledge; a function because an import may replace it while the bot runs. */
  knowledge: () => Knowledge;
  ports: CorePorts;
  commands?: readonly CommandDefinition[];
  answerQuestion?: QuestionAnswerer;
}

export interface BotCore {
  commands: readonly CommandDefinition[];
  handle(inbound: Inbound): Promise<Reply>;
}

/** A command's raw argument values, or the reply that refuses them before validation. */
type RawArguments = { raw: Record<string, string | undefined> } | { refusal: Reply };

/** Whether an unknown first word is really the start of a question ("who leads ...?"). */
function looksLikeQuestion(text: string): boolean {
  // Chinese has no spaces between words: a line of it is a sentence, not a command name.
  return /[?？]|\p{Script=Han}/u.test(text) || text.trim().split(/\s+/).length >= 3;
}

/** The reply marked as written in `locale`, unless it says its own language (subscribe lang:zh). */
function inLanguage(reply: Reply, locale: Locale): Reply {
  return locale === 'en' || reply.locale ? reply : { ...reply, locale };
}

/** "review @ana": a mention names a person or a channel, never a state, a zone or a time. */
function mentionsRefused(command: CommandDefinition, locale: Locale): Reply {
  return textReply(message(locale, 'error.mentions', { name: command.name, usage: usageOf(command) }), {
    ephemeral: true,
  });
}

export function createBotCore(options: BotCoreOptions): BotCore {
  const commands = options.commands ?? coreCommands;
  const byName = new Map(commands.map((c) => [c.name, c]));
  // "/upr examen Chine", "/upr 审议 中国": after /upr, a command may be typed by the name Discord
  // shows in any language; a plain chat message is not read as one ("question : …" stays a question).
  const byTypedName = new Map(byName);
  /** The languages whose name for a command this is ("examen" is French and Spanish). */
  const languagesOfName = new Map<string, Set<Locale>>();
  for (const locale of LOCALES)
    for (const c of commands) {
      const typed = commandName(locale, c.name).toLowerCase();
      if (!byTypedName.has(typed)) byTypedName.set(typed, c);
      if (locale !== 'en' && !byName.has(typed))
        languagesOfName.set(typed, new Set([...(languagesOfName.get(typed) ?? []), locale]));
    }
  /** "/upr événements CSHRS" is written in French, whatever its argument is. */
  const languageOfTypedName = (inbound: Inbound, text: string): Locale | undefined => {
    // Slack's slash command brings "événements CSHRS" without its "/upr".
    if (inbound.kind !== 'command' && !/^\/upr\b/i.test(text)) return undefined;
    const languages = languagesOfName.get(splitCommandLine(text).name);
    return languages?.size === 1 ? [...languages][0] : undefined;
  };
  const englishAnswer = options.answerQuestion ?? answerQuestion;
  // Questions are understood by one engine; a reader of another language is answered in it.
  const answer = (question: string, ctx: CommandContext) =>
    ctx.locale === 'en'
      ? englishAnswer(question, ctx)
      : answerInLanguage(question, ctx, (q) => englishAnswer(q, ctx));
  const commandNames = (locale: Locale) => commands.map((c) => commandName(locale, c.name)).join(', ');

  /** The reader's language; the channel's subscription is read only when nothing stronger says. */
  const localeFor = async (inbound: Inbound, said: string): Promise<Locale> => {
    const user = inbound.language?.source === 'user' ? inbound.language.tag : undefined;
    const terminal = inbound.language?.source === 'terminal' ? inbound.language.tag : undefined;
    const decided = decidedWithoutChannel({ text: said, user });
    if (decided) return decided;
    const subscriptions = options.ports.subscriptions;
    const channel =
      subscriptions && !inbound.channel.isDirect
        ? (await subscriptions.find(inbound.platform, inbound.channel.ref))?.lang
        : undefined;
    return resolveLocale({ text: said, user, channel, terminal });
  };

  const contextFor = (inbound: Inbound, locale: Locale): CommandContext => {
    const { index, agenda, states } = options.knowledge();
    const ctx: CommandContext = {
      index,
      agenda,
      states,
      inbound,
      now: inbound.receivedAt,
      zone: inbound.zone ?? index.session.zone ?? SESSION_ZONE,
      locale,
      ports: options.ports,
      commands,
      ask: (question) => answer(question, ctx),
    };
    return ctx;
  };

  /** Typed text: the words after the command name, split positionally (or by the command's own split). */
  const rawFromText = (command: CommandDefinition, rest: string, ctx: CommandContext): RawArguments => {
    if (isOnlyMentions(rest)) return { refusal: mentionsRefused(command, ctx.locale) };
    const raw = splitArguments(command, rest, ctx.states);
    return raw._extra === undefined
      ? { raw }
      : {
          refusal: textReply(
            message(ctx.locale, 'error.noArguments', { name: command.name, usage: usageOf(command) }),
            { ephemeral: true },
          ),
        };
  };

  /** Values the platform already named: no splitting, but no argument the command does not have. */
  const rawFromNamed = (
    command: CommandDefinition,
    args: Record<string, string>,
    ctx: CommandContext,
  ): RawArguments => {
    const known = new Set(Object.keys(command.args.shape));
    const unknown = Object.keys(args).filter((name) => !known.has(name));
    if (unknown.length) {
      return {
        refusal: textReply(
          message(ctx.locale, 'error.unknownOption', {
            name: command.name,
            options: unknown.map((n) => `"${quoteUserText(n, 30)}"`).join(', '),
            usage: usageOf(command),
          }),
          { ephemeral: true },
        ),
      };
    }
    if (Object.values(args).some(isOnlyMentions)) return { refusal: mentionsRefused(command, ctx.locale) };
    const given = Object.fromEntries(
      Object.entries(args)
        .map(([name, value]) => [name, value.trim()] as const)
        .filter(([, value]) => value !== ''),
    );
    return { raw: command.named ? command.named(given, ctx) : given };
  };

  const runCommand = async (
    command: CommandDefinition,
    toRaw: () => RawArguments,
    ctx: CommandContext,
    /** A chat line that starts like a command but does not parse as one may be a question. */
    otherwise?: () => Reply | Promise<Reply>,
  ): Promise<Reply> => {
    if (command.access === 'admin' && !ctx.inbound.user.isAdmin) {
      return textReply(message(ctx.locale, 'error.adminOnly', { name: command.name }), { ephemeral: true });
    }
    const found = toRaw();
    if ('refusal' in found) return otherwise ? otherwise() : found.refusal;
    const { raw } = found;
    const parsed = command.args.safeParse(raw);
    if (!parsed.success) {
      if (otherwise) return otherwise();
      const described = new Map(argumentsOf(command).map((a) => [a.name, a.description]));
      // A missing argument is named and described as help names it in the reader's language.
      const missing = (name: string) =>
        message(ctx.locale, 'error.missingArgument', {
          name: optionName(ctx.locale, name),
          description: optionDescription(ctx.locale, command.name, name, described.get(name) ?? name),
        });
      const problems = parsed.error.issues
        .map((i) =>
          i.code === 'invalid_type' && raw[String(i.path[0])] === undefined
            ? missing(String(i.path[0]))
            : localizedIssue(i, ctx.locale),
        )
        .join(message(ctx.locale, 'fact.separator'));
      return textReply(message(ctx.locale, 'error.invalidArguments', { problems, usage: usageOf(command) }), {
        ephemeral: true,
      });
    }
    const reply = await command.run(parsed.data, ctx);
    return command.ephemeral ? { ...reply, ephemeral: true } : reply;
  };

  const unknownCommand = (name: string, locale: Locale) => {
    const suggestion = nearestCommandName(name, byTypedName.keys());
    return textReply(
      suggestion
        ? message(locale, 'error.didYouMean', { name: quoteUserText(name, 30), suggestion })
        : message(locale, 'error.unknownCommand', {
            name: quoteUserText(name, 30),
            commands: commandNames(locale),
          }),
      { ephemeral: true },
    );
  };

  const handle = async (inbound: Inbound): Promise<Reply> => {
    const said = inbound.command ? Object.values(inbound.command.args).join(' ') : inbound.text.trim();
    const locale =
      (inbound.command ? undefined : languageOfTypedName(inbound, said)) ?? (await localeFor(inbound, said));
    // Every reply carries the reader's language, so that plain text shows its times in it too.
    return inLanguage(await replyTo(inbound, said, locale), locale);
  };

  const replyTo = async (inbound: Inbound, said: string, locale: Locale): Promise<Reply> => {
    const text = inbound.text.trim();
    if ([...said].length > MAX_INPUT_CHARS) {
      return textReply(message(locale, 'error.tooLong', { count: [...said].length, max: MAX_INPUT_CHARS }), {
        ephemeral: true,
      });
    }
    const ctx = contextFor(inbound, locale);
    if (inbound.command) {
      const { name: named, args } = inbound.command;
      const command = byName.get(named.toLowerCase());
      if (!command) return unknownCommand(named, locale);
      return runCommand(command, () => rawFromNamed(command, args, ctx), ctx);
    }
    // "/upr @ana" or a message of mentions only: nothing was asked.
    const line = splitCommandLine(text);
    const name = !line.rest && isOnlyMentions(line.name) ? '' : line.name;
    const { rest } = line;
    const explicit = inbound.kind === 'command' || /^\/upr\b/i.test(text);
    const command = (explicit ? byTypedName : byName).get(name);
    if (command) {
      // "schedule for monday 29th" typed in a chat is a question, not a malformed command;
      // "subscribe China lead:abc" is the command, written in its own syntax, and gets its error.
      const meantCommand = explicit || usesCommandSyntax(command, rest, ctx.states);
      // "next review starts when?": a question that opens with a command's name.
      if (!meantCommand && /[?？]|\b(when|what|who|which|where|how)\b/i.test(rest)) return answer(text, ctx);
      const asQuestion = meantCommand ? undefined : () => answer(text, ctx);
      return runCommand(command, () => rawFromText(command, rest, ctx), ctx, asQuestion);
    }
    if (!name) {
      return explicit ? runCommand(byName.get('help')!, () => ({ raw: {} }), ctx) : answer(text, ctx);
    }
    if (explicit && !looksLikeQuestion(rest ? `${name} ${rest}` : name)) return unknownCommand(name, locale);
    const question = explicit ? text.replace(/^\/?upr\s+/i, '') : text;
    return answer(question, ctx);
  };

  return { commands, handle };
}
