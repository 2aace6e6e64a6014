// veth add NAME PEER [--mtu N] | veth del NAME
use futures_util::TryStreamExt;
use rtnetlink::LinkVeth;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (conn, handle, _) = rtnetlink::new_connection()?;
    tokio::spawn(conn);
    match args[..] {
        ["add", name, peer, ref rest @ ..] => {
            let mut link = LinkVeth::new(name, peer);
            if let ["--mtu", n] = rest {
                link = link.mtu(n.parse()?);
            }
            handle.link().add(link.build()).execute().await?;
        }
        ["del", name] => {
            let mut links = handle.link().get().match_name(name.to_owned()).execute();
            let index = links
                .try_next()
                .await?
                .ok_or("no such device")?
                .header
                .index;
            handle.link().del(index).execute().await?;
        }
        _ => return Err("usage: veth add NAME PEER [--mtu N] | veth del NAME".into()),
    }
    Ok(())
}
