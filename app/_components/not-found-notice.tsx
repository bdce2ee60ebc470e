import Link from "next/link";

/** What a client-rendered page shows when the server answered "not found" for what it shows. */
export function NotFoundNotice(props: { title: string; body: string; back: { href: string; label: string } }) {
  return (
    <div className="mt-6" data-testid="not-found">
      <h1 className="text-3xl font-bold">{props.title}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{props.body}</p>
      <Link href={props.back.href} className="mt-4 inline-block underline">
        {props.back.label}
      </Link>
    </div>
  );
}
