<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name />
    <message>
        <location filename="../api/client.py" line="270" />
        <location filename="../api/client.py" line="347" />
        <source>The server's task list could not be understood.</source>
        <translation>无法理解服务器返回的任务列表。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="113" />
        <source>result address</source>
        <extracomment>How many task ids one `GET /tasks` asks for: Kling refuses more than 20 (code 1201), though its pages do not say so. How many answers in a row that are not Kling's, over at least how long, before the address is taken not to speak Kling (see `_not_kling`).</extracomment>
        <translation>结果地址</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="157" />
        <source>the app stopped while waiting for it</source>
        <translation>等待回答时应用已停止</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="262" />
        <source>A page of tasks is 1 to 1000, with 1 to 500 tasks on it.</source>
        <translation>任务页码为 1 到 1000，每页 1 到 500 个任务。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="372" />
        <source>What to expect is image, video, audio or nothing.</source>
        <translation>预期类型只能是 image、video、audio 或不指定。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="433" />
        <source>The server may have received this request, but the app could not check it. It will look the task up again before sending anything.</source>
        <translation>服务器可能已经收到这个请求，但应用暂时无法确认。在重新发送之前，应用会先再次查找这个任务。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="501" />
        <source>{address} answered {count} requests in a row with {what}, never as Kling does. It is not a Kling API or relay address, or something between (a proxy, a network's sign-in page) answers in its place. Check the address, or sign in to the network.</source>
        <translation>{address} 连续 {count} 次回答的都是{what}，从未像 Kling 那样回答。它不是 Kling API 或中转服务的地址，或者中间有东西（代理、网络的登录页面）在替它回答。请检查地址，或先登录网络。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="536" />
        <source>Kling's answer was lost on the way ({reason}). Kling gives this result only in its answer and keeps nothing the app could look up, so the app does not ask again by itself: Kling may have charged for it. “Run again” asks anew.</source>
        <translation>可灵的回答在传输中丢失了（{reason}）。可灵只在回答中给出这个结果，不保留任何可供应用查询的记录，所以应用不会自行再次请求：可灵可能已经扣费。点击“再次运行”会重新请求。</translation>
    </message>
    <message>
        <location filename="../api/download.py" line="119" />
        <source>The download was cut short. The app will try again.</source>
        <translation>下载中途中断，应用会重试。</translation>
    </message>
    <message>
        <location filename="../api/download.py" line="142" />
        <source>The result file is larger than the {mb} MB limit.</source>
        <translation>结果文件超过了 {mb} MB 的上限。</translation>
    </message>
    <message>
        <location filename="../api/download.py" line="150" />
        <source>The server no longer has this result (HTTP {status}). Kling deletes results after 30 days.</source>
        <translation>服务器上已没有这个结果（HTTP {status}）。可灵会在 30 天后删除生成结果。</translation>
    </message>
    <message>
        <location filename="../api/download.py" line="179" />
        <source>The address redirects too many times ({what}).</source>
        <translation>地址重定向次数过多（{what}）。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="148" />
        <source>This connection cannot reach that model: it needs a Kling API key.</source>
        <translation>此连接无法使用该模型：需要可灵 API 密钥。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="220" />
        <source>The server has no task {task}.</source>
        <translation>服务器上没有任务 {task}。</translation>
    </message>
    <message>
        <location filename="../api/download.py" line="232" />
        <source>The result's address led to {url}, which the app does not download from ({why}).</source>
        <translation>结果地址跳转到了 {url}，应用不会从那里下载（{why}）。</translation>
    </message>
    <message>
        <location filename="../api/download.py" line="253" />
        <source>The server sent something that is not the expected picture, video or sound.</source>
        <translation>服务器发来的不是预期的图片、视频或声音。</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="28" />
        <source>A secure connection to the server could not be made. Check the server address; a company network or antivirus may be intercepting the connection.</source>
        <translation>无法与服务器建立安全连接。请检查服务器地址；公司网络或杀毒软件可能拦截了连接。</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="35" />
        <source>The server could not be reached. Check your internet connection and the server address.</source>
        <translation>无法连接到服务器。请检查网络连接和服务器地址。</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="41" />
        <source>The server took too long to answer.</source>
        <translation>服务器响应超时。</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="43" />
        <source>The server address is not a valid web address.</source>
        <translation>服务器地址不是有效的网址。</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="44" />
        <source>The connection to the server was interrupted.</source>
        <translation>与服务器的连接中断了。</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="85" />
        <source>an empty answer</source>
        <translation>空响应</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="87" />
        <source>a web page</source>
        <translation>一个网页</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="89" />
        <source>data without a result code</source>
        <translation>不含结果代码的数据</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="91" />
        <source>text that is not JSON</source>
        <translation>非 JSON 文本</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="94" />
        <source>The server sent {what} instead of an answer (HTTP {status}). This is usually a passing problem of the server or a relay; the app will try again.</source>
        <translation>服务器返回了{what}而不是正常响应（HTTP {status}）。这通常是服务器或中转的暂时性问题，应用会重试。</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="101" />
        <source>The server sent {what} instead of Kling's answer (HTTP {status}). Check the server address: it may not be a Kling API or relay.</source>
        <translation>服务器返回了{what}而不是可灵的响应（HTTP {status}）。请检查服务器地址：它可能不是可灵 API 或中转服务。</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="59" />
        <location filename="../api/connection.py" line="126" />
        <source>The {what} must be text.</source>
        <extracomment>Official API hosts by region. Users may also type their own.
----------
The longest key taken (Kling's keys and secrets are tens of characters; a relay's token a few hundred): anything longer is something else pasted by mistake.</extracomment>
        <translation>{what}必须是文字。</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="64" />
        <source>The {what} “{url}” cannot be used: {why}</source>
        <translation>{what}“{url}”无法使用：{why}</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="68" />
        <source>it contains a space or an invisible character.</source>
        <translation>其中有空格或不可见字符。</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="74" />
        <source>it is not a valid web address.</source>
        <translation>这不是有效的网址。</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="78" />
        <source>The {what} “{url}” is not a web address. It should look like https://api.example.com</source>
        <translation>{what}“{url}”不是网址，格式应类似 https://api.example.com</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="85" />
        <source>a web address here must not contain a user name or password.</source>
        <translation>此处的网址不能包含用户名或密码。</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="87" />
        <source>“{host}” is not a valid server name.</source>
        <translation>“{host}”不是有效的服务器名称。</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="91" />
        <source>The {what} must start with https:// so your key travels encrypted (plain http is allowed only to this computer).</source>
        <translation>{what}必须以 https:// 开头，以便密钥加密传输（仅本机地址允许使用 http）。</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="131" />
        <source>The {what} is {n} characters long; keys are at most {limit}. Copy only the key itself.</source>
        <translation>{what}有 {n} 个字符；密钥最多 {limit} 个字符。请只复制密钥本身。</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="143" />
        <source>The {what} contains {char} (character {position}). Keys are made of letters, digits and signs only: copy it again from where you got it.</source>
        <translation>{what}中有{char}（第 {position} 个字符）。密钥只由字母、数字和符号组成：请从获取它的地方重新复制。</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="156" />
        <source>a space</source>
        <translation>一个空格</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="158" />
        <source>a line break</source>
        <translation>一个换行</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="160" />
        <source>a tab</source>
        <translation>一个制表符</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="162" />
        <source>an invisible character ({code})</source>
        <translation>一个不可见字符（{code}）</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="163" />
        <source>“{char}” ({code}), which is not a plain letter</source>
        <translation>“{char}”（{code}），这不是普通字母</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="219" />
        <source>Enter the relay's API key.</source>
        <translation>请输入中转服务的 API 密钥。</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="220" />
        <source>relay's API key</source>
        <translation>中转服务的 API 密钥</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="229" />
        <source>Enter your Kling API key.</source>
        <translation>请输入你的可灵 API 密钥。</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="230" />
        <source>Kling API key</source>
        <translation>可灵 API 密钥</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="246" />
        <source>Enter both the access key and the secret key.</source>
        <translation>请同时输入 Access Key 和 Secret Key。</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="247" />
        <source>access key</source>
        <translation>Access Key</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="248" />
        <source>secret key</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="208" />
        <source>The request is not valid: {summary}</source>
        <translation>请求无效：{summary}</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="229" />
        <source>The server received no API key. Enter your key in the connection settings.</source>
        <translation>服务器没有收到 API 密钥。请在连接设置中填写密钥。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="233" />
        <source>The server refused the sign-in token as not yet valid or expired. Check that this computer's clock is set correctly.</source>
        <translation>服务器认为登录令牌尚未生效或已过期。请检查本机时间是否正确。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="237" />
        <source>The server did not accept your API key. Check the key in the connection settings; it may have been mistyped, revoked or be for another server.</source>
        <translation>服务器不接受你的 API 密钥。请检查连接设置中的密钥：可能输错了、已被撤销，或属于其他服务器。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="244" />
        <source>Your Kling account has a problem and cannot run tasks. Check the account on the Kling website.</source>
        <translation>你的可灵账户异常，无法执行任务。请到可灵网站检查账户。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="247" />
        <source>Your Kling account is in arrears. Recharge it on the Kling website, then try again.</source>
        <translation>你的可灵账户已欠费。请到可灵网站充值后重试。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="249" />
        <source>Your Kling resource pack is used up or has expired. Buy or renew a pack, then try again.</source>
        <translation>你的可灵资源包已用完或已过期。请购买或续费资源包后重试。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="298" />
        <source>Kling no longer offers this model ({detail}).</source>
        <translation>可灵已不再提供这个模型（{detail}）。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="308" />
        <source>Your account may not use this feature or model ({detail}). Choose another model or check your plan.</source>
        <translation>你的账户无权使用这个功能或模型（{detail}）。请换一个模型或检查你的套餐。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="317" />
        <source>The server refused this computer's IP address (IP allow-list). Add it to the allow-list in your Kling console.</source>
        <translation>服务器拒绝了本机的 IP 地址（IP 白名单）。请在可灵控制台中把它加入白名单。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="325" />
        <source>The request was refused by the content safety rules. Change the prompt or the image and try again.</source>
        <translation>请求触发了内容安全规则。请修改提示词或图片后重试。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="332" />
        <source>The server is receiving too many requests. The app will wait and try again.</source>
        <translation>服务器请求过多，应用会稍后重试。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="338" />
        <source>All of your account's generation slots are busy. The job stays queued until one is free.</source>
        <translation>账户的并发名额已全部占用。任务会继续排队，直到有名额空出。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="346" />
        <source>The server could not find what was asked for ({detail}).</source>
        <translation>服务器找不到请求的内容（{detail}）。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="353" />
        <source>The server refused the request: {detail}</source>
        <translation>服务器拒绝了请求：{detail}</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="359" />
        <source>The Kling server had a problem (HTTP {status}). The app will try again.</source>
        <translation>可灵服务器出现问题（HTTP {status}），应用会重试。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="367" />
        <source>The server answered with an error the app does not know (HTTP {status}, code {code}): {detail}</source>
        <translation>服务器返回了应用无法识别的错误（HTTP {status}，代码 {code}）：{detail}</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="73" />
        <location filename="../jobs/inputs.py" line="57" />
        <location filename="../media/images.py" line="118" />
        <source>{label}: the file {path} cannot be read ({reason}).</source>
        <extracomment>Kling documents no largest size; a side beyond this is a picture no camera makes (or a "decompression bomb": a few bytes that would need gigabytes to open).</extracomment>
        <translation>{label}：无法读取文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="93" />
        <source>{label} must be a JPG or PNG image in Base64, not “{mime}”.</source>
        <translation>{label}必须是 Base64 编码的 JPG 或 PNG 图片，而不是“{mime}”。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="106" />
        <source>{label} is neither a web address (http/https) nor Base64 image data.</source>
        <translation>{label}既不是网址（http/https），也不是 Base64 图片数据。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="139" />
        <source>{label} is not a JPG or PNG image.</source>
        <translation>{label}不是 JPG 或 PNG 图片。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="143" />
        <source>{label} is damaged: its size cannot be read.</source>
        <translation>{label}已损坏，无法读取尺寸。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="149" />
        <source>{label} is damaged or cut short: the file does not end as a {kind} image does.</source>
        <translation>{label}已损坏或不完整：文件结尾不像一张 {kind} 图片。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="155" />
        <source>{label} is {w}×{h} pixels; at most {max} pixels on a side are taken.</source>
        <translation>{label}为 {w}×{h} 像素；每边最多接受 {max} 像素。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="163" />
        <source>{label} is {mb:.1f} MB; the limit is 10 MB.</source>
        <translation>{label}大小为 {mb:.1f} MB，上限为 10 MB。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="169" />
        <source>{label} is {w}×{h} pixels; each side must be at least {min} pixels.</source>
        <translation>{label}为 {w}×{h} 像素，每条边至少需要 {min} 像素。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="180" />
        <source>{label} is {w}×{h} pixels, too wide: it may be at most 2.5 times as wide as it is tall.</source>
        <translation>{label}为 {w}×{h} 像素，太宽了：宽度最多为高度的 2.5 倍。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="188" />
        <source>{label} is {w}×{h} pixels, too tall: it may be at most 2.5 times as tall as it is wide.</source>
        <translation>{label}为 {w}×{h} 像素，太高了：高度最多为宽度的 2.5 倍。</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="26" />
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="27" />
        <source>The prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="30" />
        <location filename="../operations/video.py" line="88" />
        <source>Write a prompt: describe what you want to see.</source>
        <translation>请填写提示词：描述你想看到的画面。</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="36" />
        <source>Leave out</source>
        <translation>排除内容</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="36" />
        <source>The negative prompt</source>
        <translation>负向提示词</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="44" />
        <source>Shape</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="45" />
        <source>The shape</source>
        <translation>画面比例</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="47" />
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="83" />
        <source>Voices</source>
        <translation>音色</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="84" />
        <source>The voices</source>
        <translation>音色</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="86" />
        <source>Who speaks, in up to two voices of yours or Kling's (Connection → Voices…): write @name in the prompt where each speaks.</source>
        <translation>由谁来说：最多两个你的或可灵的音色（连接 → 音色…）；在提示词中用 @名称 标出每个音色说话的地方。</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="159" />
        <source>Kling takes at most {limit} reference pictures and elements together; you have {pictures} pictures and {elements} elements.</source>
        <translation>可灵最多接受参考图和元素合计 {limit} 个；现在有 {pictures} 张图片和 {elements} 个元素。</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="215" />
        <source>The prompt names {ref}, but no reference picture is given.</source>
        <translation>提示词中提到了 {ref}，但没有提供参考图片。</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="217" />
        <source>The prompt names {ref}, but no video is given.</source>
        <translation>提示词中提到了 {ref}，但没有提供视频。</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="221" />
        <source>The prompt names {ref}, but only {first} to {last} are given.</source>
        <translation>提示词中提到了 {ref}，但只提供了 {first} 到 {last}。</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="234" />
        <source>Write @{ref} for Kling to take “{ref}” as your reference (with the @).</source>
        <translation>请写成 @{ref}（带 @），可灵才会把“{ref}”当作你的参考。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="771" />
        <source>The video is {w}×{h} pixels; Kling takes videos whose sides are {low} to {high} pixels.</source>
        <translation>视频为 {w}×{h} 像素；可灵接受每边 {low} 到 {high} 像素的视频。</translation>
    </message>
    <message>
        <location filename="../operations/request.py" line="140" />
        <source>{what} cannot be sent this way.</source>
        <translation>无法以这种方式发送“{what}”。</translation>
    </message>
    <message>
        <location filename="../operations/request.py" line="220" />
        <source>The watermark is on (True) or off (False).</source>
        <translation>水印只能是开启（True）或关闭（False）。</translation>
    </message>
    <message>
        <location filename="../operations/request.py" line="246" />
        <source>The request id cannot contain spaces, line breaks or invisible characters.</source>
        <translation>请求 ID 不能包含空格、换行或不可见字符。</translation>
    </message>
    <message>
        <location filename="../operations/request.py" line="249" />
        <source>The request id is {n} characters long; at most {limit}.</source>
        <translation>请求 ID 有 {n} 个字符；最多 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../operations/availability.py" line="70" />
        <source>{model} needs a Kling API key: this connection cannot reach it. Add a connection with a Kling API key, or choose another model.</source>
        <translation>{model} 需要可灵 API 密钥：此连接无法使用它。请添加使用可灵 API 密钥的连接，或选择其他模型。</translation>
    </message>
    <message>
        <location filename="../operations/availability.py" line="272" />
        <source>“{name}” is not a setting of {what}.</source>
        <translation>“{name}”不是“{what}”的设置项。</translation>
    </message>
    <message>
        <location filename="../operations/availability.py" line="207" />
        <source>{subject} does not apply to the other settings.</source>
        <translation>{subject}与其他设置不匹配。</translation>
    </message>
    <message>
        <location filename="../operations/availability.py" line="201" />
        <source>{subject} cannot be sent through this connection: Kling's newer API has no such setting.</source>
        <translation>无法通过此连接发送{subject}：可灵的新版 API 没有这项设置。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="313" />
        <source>{subject} must be a number from 0 to {high}.</source>
        <translation>{subject}必须是 0 到 {high} 之间的数。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="317" />
        <source>{subject} is {value}; it must be between 0 and {high}.</source>
        <translation>{subject}为 {value}；它必须在 0 到 {high} 之间。</translation>
    </message>
    <message>
        <location filename="../operations/request.py" line="262" />
        <source>The callback address must start with https://.</source>
        <translation>回调地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../operations/request.py" line="244" />
        <source>The request id cannot be empty.</source>
        <extracomment>The longest request id the app sends (Kling documents none; ours are 35 characters).</extracomment>
        <translation>请求编号不能为空。</translation>
    </message>
    <message>
        <location filename="../operations/availability.py" line="133" />
        <source>Choose a model.</source>
        <translation>请选择一个模型。</translation>
    </message>
    <message>
        <location filename="../operations/availability.py" line="137" />
        <source>A model id is one word, such as kling-3.0.</source>
        <translation>模型编号是一个不含空格的词，例如 kling-3.0。</translation>
    </message>
    <message>
        <location filename="../operations/availability.py" line="147" />
        <source>{model} cannot do “{what}”.</source>
        <translation>{model} 不支持“{what}”。</translation>
    </message>
    <message>
        <location filename="../operations/availability.py" line="158" />
        <source>Kling retired {model} on {date}. Choose {successor} instead.</source>
        <translation>可灵已于 {date} 停用 {model}。请改用 {successor}。</translation>
    </message>
    <message>
        <location filename="../operations/availability.py" line="217" />
        <source>{subject} cannot be {value} through this connection (that needs a Kling API key); choose {choices}.</source>
        <translation>通过此连接，{subject}不能为 {value}（这需要可灵 API 密钥）；请选择 {choices}。</translation>
    </message>
    <message>
        <location filename="../operations/availability.py" line="279" />
        <source>{subject} is empty.</source>
        <translation>{subject}为空。</translation>
    </message>
    <message>
        <location filename="../operations/availability.py" line="318" />
        <source>{subject} cannot be “{value}”: the app's list does not have it. Choose one from the list, or update the model list.</source>
        <translation>{subject}不能为“{value}”：应用的列表中没有它。请从列表中选择，或更新模型列表。</translation>
    </message>
    <message>
        <location filename="../operations/availability.py" line="324" />
        <source>{subject} cannot be {value}; choose {choices}.</source>
        <translation>{subject}不能是 {value}；请选择 {choices}。</translation>
    </message>
    <message>
        <location filename="../operations/availability.py" line="341" />
        <source>{subject} is needed.</source>
        <extracomment>The most choices a refusal lists in words (a longer list, Kling's effects or voices, is not read out).</extracomment>
        <translation>需要填写{subject}。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="226" />
        <location filename="../operations/kinds.py" line="254" />
        <location filename="../operations/kinds.py" line="656" />
        <source>{subject} must be text.</source>
        <translation>{subject}必须是文字。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="257" />
        <source>{subject} must be a web address that starts with https://.</source>
        <translation>{subject}必须是以 https:// 开头的网址。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="284" />
        <source>{subject} must be a whole number.</source>
        <translation>{subject}必须是整数。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="268" />
        <source>{subject} has a value the app cannot send.</source>
        <translation>{subject}的值无法发送。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="579" />
        <source>{i}. {words} ({seconds} s)</source>
        <translation>{i}. {words}（{seconds} 秒）</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="599" />
        <source>{subject} must be a list of your elements.</source>
        <translation>{subject}必须是您的元素列表。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="473" />
        <source>{subject} must be a list of pictures.</source>
        <translation>{subject}必须是一组图片。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="200" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="200" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="290" />
        <source>{subject} is {value}; it must be from {low} to {high}.</source>
        <translation>{subject}为 {value}；必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="369" />
        <source>{subject} must be a picture: a file, its bytes, Base64 text or a web address.</source>
        <translation>{subject}必须是图片：文件、图片数据、Base64 文本或网址。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="395" />
        <location filename="../operations/kinds.py" line="498" />
        <source>a picture, kept with the job</source>
        <translation>一张图片，随任务保存</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="421" />
        <source>{subject} must be a sound: a file, or its web address (https://…).</source>
        <translation>{subject}必须是声音：一个文件，或它的网址（https://…）。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="425" />
        <source>{subject} is not an MP3, WAV, M4A or AAC sound.</source>
        <translation>{subject}不是 MP3、WAV、M4A 或 AAC 声音。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="428" />
        <source>{subject} is {mb:.1f} MB; Kling takes sounds of at most 5 MB.</source>
        <translation>{subject}大小为 {mb:.1f} MB；可灵接受的声音最大 5 MB。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="454" />
        <source>a sound of {seconds} s, kept with the job</source>
        <translation>一段 {seconds} 秒的声音，随任务保存</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="455" />
        <source>a sound, kept with the job</source>
        <translation>一段声音，随任务保存</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="496" />
        <source>{n} pictures, kept with the job</source>
        <translation>{n} 张图片，随任务保存</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="532" />
        <source>A storyboard is a list of shots, each with words and seconds.</source>
        <translation>分镜由多个镜头组成，每个镜头都有文字和秒数。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="537" />
        <source>Shot {i} needs words: say what happens in it.</source>
        <translation>第 {i} 个镜头需要文字：说明这个镜头里发生了什么。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="540" />
        <source>Shot {i}'s words are {n} characters long; the limit is 512.</source>
        <translation>第 {i} 个镜头的文字有 {n} 个字符，上限为 512。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="545" />
        <source>Shot {i} must last at least 1 whole second.</source>
        <translation>第 {i} 个镜头至少要持续整 1 秒。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="625" />
        <source>{subject} must be a list of voices.</source>
        <translation>{subject}必须是音色列表。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="659" />
        <source>{subject} is not an id Kling gave.</source>
        <translation>{subject}不是可灵给出的编号。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="679" />
        <source>{subject} must be a video's web address (https://…): Kling takes videos only by address.</source>
        <translation>{subject}必须是视频的网址（https://…）：可灵只接受网址形式的视频。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="714" />
        <source>{subject} is {s} seconds long; {model} takes {low} to {high} seconds.</source>
        <translation>{subject}长 {s} 秒；{model} 接受 {low} 到 {high} 秒。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="732" />
        <source>one of your videos ({seconds} s)</source>
        <translation>你的一段视频（{seconds} 秒）</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="733" />
        <source>one of your videos</source>
        <translation>你的一段视频</translation>
    </message>
    <message>
        <location filename="../operations/availability.py" line="258" />
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../operations/availability.py" line="259" />
        <source>{problem} Choose {models} for it.</source>
        <translation>{problem}如需使用，请选择{models}。</translation>
    </message>
    <message>
        <location filename="../operations/availability.py" line="190" />
        <source>{subject} cannot be used with {model}.</source>
        <translation>{model} 不支持{subject}。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="238" />
        <source>{subject} is {n} characters long; {model} takes at most {limit}.</source>
        <translation>{subject}有 {n} 个字符，{model} 最多接受 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="519" />
        <source>{subject}: {model} takes at most {limit}; there are {n}.</source>
        <translation>{subject}：{model} 最多接受 {limit} 个，现在有 {n} 个。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="149" />
        <source>{subject} cannot be {value} with {model}; choose {choices}.</source>
        <extracomment>Keeps a file's bytes with the job and returns what the JSON holds instead (role, bytes). What a file of this kind is ("image", "audio"...), for a kind whose value is a file the user gives: its bytes are kept with the job (an input), read from a path on the command line by the reader for this media, and sent as Kling takes them. A list of them (a parameter the command line repeats). The value is the Kling id of one of the user's results of this media: the job is linked to it, and one Kling has deleted (30 days on) is refused before sending.</extracomment>
        <translation>使用 {model} 时，{subject}不能为 {value}；请选择 {choices}。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="156" />
        <source>{subject} must be from {low} to {high} with {model}.</source>
        <translation>使用 {model} 时，{subject}必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <location filename="../operations/request.py" line="264" />
        <source>callback address</source>
        <translation>回调地址</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="26" />
        <source>What you want to see, in your own words.</source>
        <translation>用你自己的话描述想看到的画面。</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="31" />
        <source>The width-to-height shape of the pictures.</source>
        <translation>图片的宽高比例。</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="38" />
        <source>Above</source>
        <translation>上方</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="39" />
        <source>The extension above</source>
        <translation>上方扩展</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="44" />
        <source>Below</source>
        <translation>下方</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="45" />
        <source>The extension below</source>
        <translation>下方扩展</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="50" />
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="51" />
        <source>The extension on the left</source>
        <translation>左侧扩展</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="56" />
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="57" />
        <source>The extension on the right</source>
        <translation>右侧扩展</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="40" />
        <source>How much to add above, as a share of the picture's height: 0 to 200 %.</source>
        <translation>在上方添加多少，按图片高度的百分比：0 到 200 %。</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="46" />
        <source>How much to add below, as a share of the picture's height: 0 to 200 %.</source>
        <translation>在下方添加多少，按图片高度的百分比：0 到 200 %。</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="52" />
        <source>How much to add on the left, as a share of the picture's width: 0 to 200 %.</source>
        <translation>在左侧添加多少，按图片宽度的百分比：0 到 200 %。</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="58" />
        <source>How much to add on the right, as a share of the picture's width: 0 to 200 %.</source>
        <translation>在右侧添加多少，按图片宽度的百分比：0 到 200 %。</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="87" />
        <source>Extend at least one side: drag an edge of the frame outward, or type how much.</source>
        <translation>请至少扩展一侧：向外拖动边框的一条边，或输入扩展多少。</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="98" />
        <source>The new picture would be {times}× the original's area; Kling allows at most 3×. Extend less.</source>
        <translation>新图片将是原图面积的 {times} 倍；可灵最多允许 3 倍。请减少扩展。</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="119" />
        <source>{times}× the area</source>
        <translation>面积 {times} 倍</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="130" />
        <source>Extend a picture</source>
        <translation>扩展图片</translation>
    </message>
    <message>
        <location filename="../operations/effect.py" line="32" />
        <location filename="../operations/effect.py" line="109" />
        <source>Effect</source>
        <translation>特效</translation>
    </message>
    <message>
        <location filename="../operations/effect.py" line="33" />
        <source>The effect</source>
        <translation>特效</translation>
    </message>
    <message>
        <location filename="../operations/effect.py" line="34" />
        <source>One of Kling's ready-made scenes. Some take one picture, some two (a pair side by side).</source>
        <translation>可灵现成的特效场景之一。有的需要一张图片，有的需要两张（并排的两人）。</translation>
    </message>
    <message>
        <location filename="../operations/effect.py" line="37" />
        <source>Choose an effect.</source>
        <translation>请选择一个特效。</translation>
    </message>
    <message>
        <location filename="../operations/effect.py" line="43" />
        <location filename="../operations/expand.py" line="136" />
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../operations/effect.py" line="44" />
        <source>The picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../operations/effect.py" line="45" />
        <source>Who or what the effect shows. JPG or PNG, at least 300 pixels a side.</source>
        <translation>特效中出现的人或物。JPG 或 PNG，每边至少 300 像素。</translation>
    </message>
    <message>
        <location filename="../operations/effect.py" line="47" />
        <source>Add the picture the effect is made from.</source>
        <translation>请添加用来制作特效的图片。</translation>
    </message>
    <message>
        <location filename="../operations/effect.py" line="52" />
        <source>Second picture</source>
        <translation>第二张图片</translation>
    </message>
    <message>
        <location filename="../operations/effect.py" line="53" />
        <source>The second picture</source>
        <translation>第二张图片</translation>
    </message>
    <message>
        <location filename="../operations/effect.py" line="54" />
        <source>For an effect of two (a hug, a kiss): the person on the right.</source>
        <translation>用于双人特效（拥抱、亲吻）：右边的人。</translation>
    </message>
    <message>
        <location filename="../operations/effect.py" line="56" />
        <source>This effect takes one picture.</source>
        <translation>这个特效只需要一张图片。</translation>
    </message>
    <message>
        <location filename="../operations/effect.py" line="71" />
        <source>Kling retired the effect {name} on {day}: choose another.</source>
        <translation>可灵已于 {day} 下线特效“{name}”：请选择其他特效。</translation>
    </message>
    <message>
        <location filename="../operations/effect.py" line="81" />
        <source>{name} takes two pictures: add the second (the right one).</source>
        <translation>“{name}”需要两张图片：请添加第二张（右边的人）。</translation>
    </message>
    <message>
        <location filename="../operations/effect.py" line="121" />
        <source>Make an effect video…</source>
        <translation>制作特效视频…</translation>
    </message>
    <message>
        <location filename="../operations/effect.py" line="122" />
        <source>Play one of Kling's effects with this picture.</source>
        <translation>用这张图片制作可灵的特效视频。</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="137" />
        <source>The picture to extend</source>
        <translation>要扩展的图片</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="138" />
        <source>The picture to extend: JPG or PNG, at least 300 pixels a side.</source>
        <translation>要扩展的图片：JPG 或 PNG，每边至少 300 像素。</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="143" />
        <source>What to fill the new area with (optional), e.g. “more sky and sea”.</source>
        <translation>新区域要填充什么（可选），例如“更多天空和大海”。</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="148" />
        <location filename="../operations/image.py" line="35" />
        <location filename="../operations/omni_image.py" line="114" />
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="149" />
        <location filename="../operations/image.py" line="36" />
        <location filename="../operations/omni_image.py" line="115" />
        <source>The number of pictures</source>
        <translation>图片数量</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="150" />
        <source>How many versions to make at once; each one is charged.</source>
        <translation>一次生成几个版本；每个都会扣费。</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="162" />
        <source>Extend this picture…</source>
        <translation>扩展这张图片…</translation>
    </message>
    <message>
        <location filename="../operations/expand.py" line="163" />
        <source>Make the picture bigger on any side, with Kling filling in the rest.</source>
        <translation>在任意一侧放大图片，由可灵补全其余部分。</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="37" />
        <location filename="../operations/omni_image.py" line="116" />
        <source>How many pictures to make at once; each one is charged.</source>
        <translation>一次生成几张图片；每张都单独计费。</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="33" />
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="34" />
        <source>The photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="35" />
        <source>The face that speaks: a clear, front-facing portrait. JPG or PNG, at least 300 pixels.</source>
        <translation>说话的人脸：清晰的正面肖像。JPG 或 PNG，至少 300 像素。</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="37" />
        <source>Add the photo that will speak.</source>
        <translation>请添加要说话的照片。</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="42" />
        <location filename="../operations/lip_sync.py" line="78" />
        <source>What it says</source>
        <translation>说的内容</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="45" />
        <source>What the photo says: a sound file (MP3, WAV, M4A or AAC, at most 5 MB, 2 seconds to 5 minutes), or one of your sounds from the history.</source>
        <translation>照片要说的话：一个声音文件（MP3、WAV、M4A 或 AAC，最大 5 MB，2 秒到 5 分钟），或历史记录中你的一段声音。</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="54" />
        <source>Or one of your sounds</source>
        <translation>或你的一段声音</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="55" />
        <source>Your sound</source>
        <translation>你的声音</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="57" />
        <source>Instead of a file: one of your sound results Kling still keeps (30 days), by Kling's id for it.</source>
        <translation>不用文件时：可灵仍保存的你的一段声音结果（30 天内），填写可灵给它的 ID。</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="66" />
        <location filename="../operations/image.py" line="42" />
        <location filename="../operations/motion_control.py" line="85" />
        <location filename="../operations/video.py" line="59" />
        <source>Quality</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="67" />
        <location filename="../operations/image.py" line="43" />
        <location filename="../operations/motion_control.py" line="86" />
        <location filename="../operations/video.py" line="60" />
        <source>The quality</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="68" />
        <source>Pro looks better and costs twice as much a second.</source>
        <translation>专业模式效果更好，每秒价格是两倍。</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="69" />
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="69" />
        <location filename="../operations/avatar.py" line="119" />
        <source>Pro</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="81" />
        <source>Add what the photo says: a sound file, or one of your sounds.</source>
        <translation>请添加照片要说的话：一个声音文件，或你的一段声音。</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="88" />
        <source>Give one sound: a file or one of your sounds, not both.</source>
        <translation>只能给一段声音：文件或你的声音，不能两者都给。</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="97" />
        <source>The sound lasts {s} seconds; Kling takes 2 seconds to 5 minutes.</source>
        <translation>这段声音长 {s} 秒；可灵接受 2 秒到 5 分钟。</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="130" />
        <source>Talking photo</source>
        <translation>照片说话</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="137" />
        <source>How it looks while speaking (optional): gestures, feelings, the camera. At most 2500 characters.</source>
        <translation>说话时的样子（可选）：动作、情绪、镜头。最多 2500 个字符。</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="153" />
        <source>Make this photo talk…</source>
        <translation>让这张照片说话…</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="154" />
        <source>A video of this face saying words you give.</source>
        <translation>生成这张脸说出你给的话的视频。</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="159" />
        <source>Make a photo say this…</source>
        <translation>让照片说这段话…</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="160" />
        <source>A photo speaks this sound.</source>
        <translation>让一张照片说出这段声音。</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="44" />
        <source>2K pictures are sharper than 1K ones.</source>
        <translation>2K 图片比 1K 图片更清晰。</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="45" />
        <source>1K</source>
        <translation>1K</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="45" />
        <source>2K</source>
        <translation>2K</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="45" />
        <location filename="../operations/video.py" line="62" />
        <source>4K</source>
        <translation>4K</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="50" />
        <source>Reference picture</source>
        <translation>参考图</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="51" />
        <source>The reference picture</source>
        <translation>参考图</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="52" />
        <source>Optional: a picture for Kling to take after.</source>
        <translation>可选：一张供可灵参考的图片。</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="54" />
        <source>Things the picture should not contain (a negative prompt).</source>
        <translation>画面中不应出现的内容（负向提示词）。</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="58" />
        <source>Keep from the reference</source>
        <translation>保留参考图中的</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="59" />
        <source>What to keep of the reference</source>
        <translation>参考图的保留内容</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="60" />
        <source>Keep the whole person or thing of the reference picture, or only the face.</source>
        <translation>保留参考图中的整个人物或物体，或只保留面部。</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="61" />
        <source>the person or thing</source>
        <translation>人物或物体</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="61" />
        <source>the face</source>
        <translation>面部</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="64" />
        <source>Keeping part of the reference needs a reference picture.</source>
        <translation>要保留参考图的部分内容，需要先添加参考图。</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="69" />
        <source>Follow the reference</source>
        <translation>参考强度</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="70" />
        <source>The reference strength</source>
        <translation>参考强度</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="71" />
        <source>Low: the reference is a loose hint. High: the picture stays close to it.</source>
        <translation>低：参考图只是大致提示。高：画面会紧贴参考图。</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="74" />
        <source>Following a reference needs a reference picture.</source>
        <translation>参考强度需要先添加参考图。</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="79" />
        <source>Keep the likeness</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="80" />
        <source>The likeness strength</source>
        <translation>人物相似度</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="81" />
        <source>Low: a looser likeness. High: the person looks just like the reference.</source>
        <translation>低：只是大致相像。高：人物与参考图几乎一样。</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="84" />
        <source>The likeness applies only when keeping the whole person or thing.</source>
        <translation>人物相似度只在保留整个人物或物体时有效。</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="95" />
        <source>A negative prompt cannot be used together with a reference picture.</source>
        <translation>负向提示词不能与参考图一起使用。</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="131" />
        <source>Text to image</source>
        <translation>文生图</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="141" />
        <source>Use as reference image</source>
        <translation>用作参考图</translation>
    </message>
    <message>
        <location filename="../operations/image.py" line="142" />
        <source>Put this picture in Text to image's reference.</source>
        <translation>把这张图片放进“文生图”的参考图。</translation>
    </message>
    <message>
        <location filename="../operations/image2video.py" line="25" />
        <source>First frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <location filename="../operations/image2video.py" line="26" />
        <source>The first frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <location filename="../operations/image2video.py" line="27" />
        <source>The picture the video starts from.</source>
        <translation>视频开始时的画面。</translation>
    </message>
    <message>
        <location filename="../operations/image2video.py" line="29" />
        <source>Add a first frame: the video starts from it.</source>
        <translation>请添加首帧：视频从这张图片开始。</translation>
    </message>
    <message>
        <location filename="../operations/image2video.py" line="34" />
        <source>Last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <location filename="../operations/image2video.py" line="35" />
        <source>The last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <location filename="../operations/image2video.py" line="36" />
        <source>Optional: the picture the video ends on.</source>
        <translation>可选：视频结束时的画面。</translation>
    </message>
    <message>
        <location filename="../operations/image2video.py" line="43" />
        <source>A storyboard cannot be used together with a last frame.</source>
        <translation>分镜不能与尾帧一起使用。</translation>
    </message>
    <message>
        <location filename="../operations/image2video.py" line="74" />
        <source>Image to video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <location filename="../operations/image2video.py" line="103" />
        <source>Use as first frame</source>
        <translation>用作首帧</translation>
    </message>
    <message>
        <location filename="../operations/image2video.py" line="104" />
        <source>Start a video from this picture.</source>
        <translation>以这张图片开始一段视频。</translation>
    </message>
    <message>
        <location filename="../operations/image2video.py" line="107" />
        <source>Use as last frame</source>
        <translation>用作尾帧</translation>
    </message>
    <message>
        <location filename="../operations/image2video.py" line="107" />
        <source>End a video on this picture.</source>
        <translation>让视频在这张图片上结束。</translation>
    </message>
    <message>
        <location filename="../operations/image2video.py" line="112" />
        <source>Continue this video</source>
        <translation>续写这段视频</translation>
    </message>
    <message>
        <location filename="../operations/image2video.py" line="113" />
        <source>Use the video's last frame as the first frame of a new video.</source>
        <translation>把这段视频的最后一帧作为新视频的首帧。</translation>
    </message>
    <message>
        <location filename="../operations/image2video.py" line="115" />
        <source>The video's last frame is now the first frame of a new video.</source>
        <translation>这段视频的最后一帧已成为新视频的首帧。</translation>
    </message>
    <message>
        <location filename="../api/task.py" line="199" />
        <source>The server's answer could not be understood (HTTP {status}: {what}).</source>
        <extracomment>The answer is the finished task (see `operations.base.Route.at_once`).</extracomment>
        <translation>无法理解服务器的响应（HTTP {status}：{what}）。</translation>
    </message>
    <message>
        <location filename="../context.py" line="339" />
        <source>The connection “{name}” no longer exists. Choose another one.</source>
        <translation>连接“{name}”已不存在，请选择其他连接。</translation>
    </message>
    <message>
        <location filename="../context.py" line="347" />
        <source>No key is saved for the connection “{name}”. Enter it in the connection settings.</source>
        <translation>连接“{name}”没有保存密钥。请在连接设置中填写。</translation>
    </message>
    <message>
        <location filename="../jobs/engine.py" line="284" />
        <source>Its files are being saved right now.</source>
        <translation>它的文件正在保存中。</translation>
    </message>
    <message>
        <location filename="../jobs/engine.py" line="540" />
        <source>The job could not be saved: {error}</source>
        <translation>无法保存任务：{error}</translation>
    </message>
    <message>
        <location filename="../jobs/engine.py" line="567" />
        <source>The server did not answer.</source>
        <translation>服务器没有应答。</translation>
    </message>
    <message>
        <location filename="../jobs/engine.py" line="570" />
        <source>{reason} Next try in {seconds} s.</source>
        <translation>{reason} {seconds} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../jobs/engine.py" line="574" />
        <source>{reason} Next try in {seconds} s; the app keeps trying for up to {minutes} minutes.</source>
        <translation>{reason} {seconds} 秒后重试；应用最多会持续尝试 {minutes} 分钟。</translation>
    </message>
    <message>
        <location filename="../jobs/engine.py" line="585" />
        <source>The files could not be downloaded again: {error}</source>
        <translation>无法重新下载文件：{error}</translation>
    </message>
    <message>
        <location filename="../jobs/engine.py" line="599" />
        <source>Something went wrong ({error}). The app will try again.</source>
        <translation>出现问题（{error}），应用会重试。</translation>
    </message>
    <message>
        <location filename="../jobs/engine.py" line="607" />
        <source>The app stopped trying: {reason}</source>
        <translation>应用已停止重试：{reason}</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="246" />
        <location filename="../operations/kinds.py" line="687" />
        <source>Kling deleted this video on {date}, 30 days after it was made, so it can no longer be used; nothing was sent. Choose a newer video.</source>
        <extracomment>Told when Kling says a model is gone, so the catalogue in use learns it.</extracomment>
        <translation>可灵已于 {date} 删除这个视频（生成 30 天后），无法再使用；没有发送任何内容。请选择一个更新的视频。</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="364" />
        <source>The app stopped trying after {minutes} minutes: {reason}</source>
        <translation>尝试 {minutes} 分钟后，应用已停止重试：{reason}</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="378" />
        <source>Made and paid for, but not saved yet: {reason} Kling keeps the result for 30 days; the app tries again when it next starts, or now with “Download again”.</source>
        <translation>已生成并已付费，但尚未保存：{reason} 可灵会保留结果 30 天；应用会在下次启动时重试，也可以现在点“重新下载”。</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="406" />
        <source>Kling no longer offers {model}, so nothing was charged. {successor} takes its place: “Run again” uses it.</source>
        <translation>可灵已不再提供 {model}，因此没有扣费。{successor} 将取代它：点“再次运行”即会使用它。</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="852" />
        <source>Kling no longer knows this task ({detail}), so its result cannot be fetched. Nothing more will be charged for it.</source>
        <translation>可灵已找不到这个任务（{detail}），因此无法获取结果。它不会再产生任何费用。</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="472" />
        <source>The server gave no reason.</source>
        <translation>服务器没有给出原因。</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="421" />
        <source>Kling's answer did not carry the result.</source>
        <translation>可灵的回答中没有结果。</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="475" />
        <source>Kling could not make this: {reason}</source>
        <translation>可灵未能生成：{reason}</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="484" />
        <source>Kling says it made this but sent no file to save (task {task}). Ask Kling's support about it before running it again.</source>
        <translation>可灵表示已生成，但没有发来可保存的文件（任务 {task}）。再次运行前，请先向可灵客服咨询。</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="599" />
        <source>Saved, but this computer cannot show a preview of it: open the file in another video player.</source>
        <translation>已保存，但这台电脑无法预览它：请用其他视频播放器打开文件。</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="611" />
        <source>{n} of {total} results could not be saved ({reason}). Kling keeps them for 30 days: “Download again” may fetch them later.</source>
        <translation>{total} 个结果中有 {n} 个未能保存（{reason}）。可灵会保留 30 天：之后可用“重新下载”获取。</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="735" />
        <source>Kling no longer keeps this result (results are deleted after 30 days), so it cannot be downloaded again. Use “Locate file…” if you still have it.</source>
        <translation>可灵已不再保存此结果（结果会在 30 天后删除），因此无法重新下载。如果您仍保留着文件，请使用“查找文件…”。</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="758" />
        <source>Stopped tracking this job. Kling may still finish it and charge for it; its result will not be downloaded.</source>
        <translation>已停止跟踪这个任务。可灵仍可能完成并扣费，但结果不会被下载。</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="778" />
        <source>Kling retired {old}; this run uses {new}.</source>
        <translation>可灵已停用 {old}；这次运行改用 {new}。</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="846" />
        <source>Kling's task list does not show this task.</source>
        <translation>可灵的任务列表中没有这个任务。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="178" />
        <source>A result could not be written to disk ({reason}). Free some space or check the results folder in Settings; the app will try again.</source>
        <translation>结果未能写入磁盘（{reason}）。请腾出空间或在设置中检查结果文件夹；应用会再次尝试。</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="66" />
        <source>{label} is {w}×{h} pixels ({mp} megapixels); the app takes pictures up to {max} megapixels. Use a smaller picture.</source>
        <translation>{label}为 {w}×{h} 像素（{mp} 百万像素）；应用最多接受 {max} 百万像素的图片。请换一张小一些的图片。</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="82" />
        <source>{label} cannot be opened as a picture. Use a JPG or PNG file.</source>
        <translation>{label}无法作为图片打开。请使用 JPG 或 PNG 文件。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="127" />
        <location filename="../media/images.py" line="97" />
        <source>{label}: {path} is not a picture file (it is a folder, a device or a pipe).</source>
        <translation>{label}：{path} 不是图片文件（它是文件夹、设备或管道）。</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="106" />
        <source>{label}: {path} is {mb} MB, too large for a picture. Use a JPG or PNG photo.</source>
        <translation>{label}：{path} 有 {mb} MB，作为图片太大了。请使用 JPG 或 PNG 照片。</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="129" />
        <source>{label} is empty (0 bytes): the file holds no picture. It may still be downloading or copying; choose it again once it is complete.</source>
        <translation>{label}是空的（0 字节）：文件里没有图片。它可能仍在下载或复制中；完成后请重新选择。</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="137" />
        <source>{label} is not a picture: its contents are not JPG, PNG, WebP, GIF, BMP or TIFF. Use a JPG or PNG file.</source>
        <translation>{label}不是图片：它的内容不是 JPG、PNG、WebP、GIF、BMP 或 TIFF。请使用 JPG 或 PNG 文件。</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="153" />
        <source>{label} is {w}×{h} pixels; Kling needs at least {min} pixels on each side. Choose a larger image.</source>
        <translation>{label}为 {w}×{h} 像素；可灵要求每条边至少 {min} 像素。请选择更大的图片。</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="165" />
        <source>{label} is {w}×{h} pixels, too long and narrow: Kling accepts shapes up to 2.5 times as wide as tall (or as tall as wide). Crop it first.</source>
        <translation>{label}为 {w}×{h} 像素，过于狭长：可灵只接受宽高比不超过 2.5 倍的图片。请先裁剪。</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="174" />
        <source>converted from {fmt}</source>
        <translation>已从 {fmt} 转换</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="176" />
        <source>turned upright</source>
        <translation>已转正方向</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="184" />
        <source>shrunk from {w}×{h}</source>
        <translation>已从 {w}×{h} 缩小</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="191" />
        <source>made smaller than 10 MB (it was {mb:.1f} MB)</source>
        <translation>已压缩到 10 MB 以内（原为 {mb:.1f} MB）</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="196" />
        <source>{label} was {changes} to meet Kling's rules.</source>
        <translation>为符合可灵的要求，{label}{changes}。</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="244" />
        <source>The image could not be saved as {fmt}.</source>
        <translation>无法将图片保存为 {fmt}。</translation>
    </message>
    <message>
        <location filename="../media/video.py" line="102" />
        <source>The video {name} cannot be played ({reason}).</source>
        <translation>无法播放视频 {name}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../store/credentials.py" line="154" />
        <source>This computer has no password store the app can use ({backend}). Your key will be kept only until you quit Kling Desktop; you will need to enter it again next time. Installing and unlocking a keyring (for example GNOME Keyring or KWallet) fixes this.</source>
        <translation>这台电脑没有可用的密码存储（{backend}）。你的密钥只会保留到退出 Kling Desktop 为止，下次需要重新输入。安装并解锁一个密钥环（例如 GNOME Keyring 或 KWallet）即可解决。</translation>
    </message>
    <message>
        <location filename="../store/credentials.py" line="163" />
        <source>Your password store refused to save the key ({reason}); it may be locked or the request was dismissed. The key will be kept only until you quit Kling Desktop.</source>
        <translation>密码存储拒绝保存密钥（{reason}），可能已锁定或请求被取消。密钥只会保留到退出 Kling Desktop 为止。</translation>
    </message>
    <message>
        <location filename="../store/db.py" line="100" />
        <source>Your history file was damaged and could not be read. It was moved to {path} (nothing was deleted) and a new history was started.</source>
        <translation>历史记录文件已损坏，无法读取。它已被移到 {path}（没有删除任何内容），并已新建历史记录。</translation>
    </message>
    <message>
        <location filename="../store/db.py" line="106" />
        <source>Parts of your history file's index were damaged; they were rebuilt from the jobs themselves, and nothing was lost.</source>
        <translation>历史记录文件的部分索引已损坏；已根据任务本身重建，没有丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../store/db.py" line="128" />
        <source>Your history file {path} is damaged and cannot be read.</source>
        <extracomment>`PRAGMA integrity_check` findings that `REINDEX` repairs: index entries that do not match their rows. Anything else (a damaged table) is not repaired in place.</extracomment>
        <translation>历史记录文件 {path} 已损坏，无法读取。</translation>
    </message>
    <message>
        <location filename="../store/db.py" line="135" />
        <source>Your history {path} is in use by another program and stayed locked for {seconds} seconds. Close any other copy of Kling Desktop, or the program that has the file open, and try again.</source>
        <translation>您的历史记录 {path} 正被另一个程序使用，已被锁定 {seconds} 秒。请关闭其他正在运行的 Kling Desktop，或打开了该文件的程序，然后重试。</translation>
    </message>
    <message>
        <location filename="../store/db.py" line="145" />
        <source>The disk is full, so your history could not be saved. Free some space on the drive that holds {folder} and try again.</source>
        <translation>磁盘已满，历史记录无法保存。请清理 {folder} 所在磁盘的空间后重试。</translation>
    </message>
    <message>
        <location filename="../store/db.py" line="155" />
        <source>The app may not write to {folder}. Check that the folder exists and that you may change it, or choose another data folder.</source>
        <translation>应用无法写入 {folder}。请确认文件夹存在且你有修改权限，或选择其他数据文件夹。</translation>
    </message>
    <message>
        <location filename="../store/db.py" line="194" />
        <source>The data folder {folder} cannot be created ({reason}).</source>
        <translation>无法创建数据文件夹 {folder}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../store/db.py" line="274" />
        <location filename="../store/db.py" line="280" />
        <location filename="../store/db.py" line="290" />
        <source>Your history file is damaged ({finding}).</source>
        <translation>历史记录文件已损坏（{finding}）。</translation>
    </message>
    <message>
        <location filename="../store/db.py" line="318" />
        <source>Your history was saved by a newer version of Kling Desktop (format {found}; this version reads up to {known}). Update the app; the file was not changed.</source>
        <translation>历史记录由更新版本的 Kling Desktop 保存（格式 {found}；当前版本最高支持 {known}）。请更新应用；文件未被改动。</translation>
    </message>
    <message>
        <location filename="../catalogue/catalogue.py" line="393" />
        <source>The model list {source} is not valid JSON: {error}</source>
        <extracomment>For a video: the shortest and the longest side it may have, in pixels. What operations without a model cost (extending a picture, say), by name.</extracomment>
        <translation>模型列表 {source} 不是有效的 JSON：{error}</translation>
    </message>
    <message>
        <location filename="../catalogue/catalogue.py" line="401" />
        <source>The model list {source} does not have the expected form: {error}</source>
        <translation>模型列表 {source} 的格式不符合要求：{error}</translation>
    </message>
    <message>
        <location filename="../catalogue/catalogue.py" line="434" />
        <source>The model list {source} is inconsistent: {problems}</source>
        <translation>模型列表 {source} 内容前后矛盾：{problems}</translation>
    </message>
    <message>
        <location filename="../catalogue/catalogue.py" line="449" />
        <source>The model list {source} cannot be read ({reason}).</source>
        <translation>无法读取模型列表 {source}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../operations/registry.py" line="48" />
        <source>The app does not know the operation “{name}”.</source>
        <translation>本应用不认识操作“{name}”。</translation>
    </message>
    <message>
        <location filename="../operations/text2video.py" line="42" />
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <location filename="../operations/omni_video.py" line="30" />
        <source>People, things or styles to keep; refer to them in the prompt as @image_1, @image_2…</source>
        <translation>要保留的人物、物体或风格；在提示词中用 @image_1、@image_2… 指代它们。</translation>
    </message>
    <message>
        <location filename="../operations/omni_video.py" line="36" />
        <source>Reference video</source>
        <translation>参考视频</translation>
    </message>
    <message>
        <location filename="../operations/omni_video.py" line="37" />
        <source>The reference video</source>
        <translation>参考视频</translation>
    </message>
    <message>
        <location filename="../operations/omni_video.py" line="39" />
        <source>One of your earlier Kling videos, by its address, while Kling still keeps it (30 days); refer to it in the prompt as @video_1.</source>
        <translation>你以前在可灵生成的视频（按地址引用，可灵保留期为 30 天）；在提示词中用 @video_1 指代它。</translation>
    </message>
    <message>
        <location filename="../operations/omni_video.py" line="51" />
        <source>A last frame needs a first frame as well.</source>
        <translation>使用尾帧时也需要首帧。</translation>
    </message>
    <message>
        <location filename="../operations/omni_video.py" line="67" />
        <source>Write a prompt, or add a picture or a video for Kling to start from.</source>
        <translation>请填写提示词，或添加一张图片或一段视频作为起点。</translation>
    </message>
    <message>
        <location filename="../operations/omni_video.py" line="106" />
        <source>Video from references</source>
        <translation>参考生视频</translation>
    </message>
    <message>
        <location filename="../operations/omni_video.py" line="109" />
        <source>What happens; name the references as @image_1, @image_2, @video_1.</source>
        <translation>描述发生的事；用 @image_1、@image_2、@video_1 指代参考内容。</translation>
    </message>
    <message>
        <location filename="../operations/omni_video.py" line="114" />
        <location filename="../operations/text2video.py" line="49" />
        <source>Landscape, portrait or square.</source>
        <translation>横屏、竖屏或方形。</translation>
    </message>
    <message>
        <location filename="../operations/video.py" line="35" />
        <source>What happens in the video, in your own words.</source>
        <extracomment>What the legacy standard cannot carry, whatever the model.</extracomment>
        <translation>用你自己的话描述视频里发生的事。</translation>
    </message>
    <message>
        <location filename="../operations/video.py" line="41" />
        <source>Things the video should not contain. Only connections that use Kling's older API take it.</source>
        <translation>视频中不应出现的内容。只有使用可灵旧版 API 的连接才支持。</translation>
    </message>
    <message>
        <location filename="../operations/kinds.py" line="229" />
        <source>{subject} is {n} characters long; Kling takes at most {limit}.</source>
        <translation>{subject}有 {n} 个字符；可灵最多接受 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="45" />
        <source>Choose the video to give sound to: one of yours that Kling still keeps, or a video's web address.</source>
        <translation>请选择要配音的视频：可灵仍保存的您的视频，或一个视频的网址。</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="54" />
        <source>Give one video: yours from the history or a web address, not both.</source>
        <translation>只能给一个视频：历史记录中的视频或网址，不能两者都给。</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="79" />
        <source>with music</source>
        <translation>含音乐</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="106" />
        <source>The sound effects text</source>
        <translation>音效描述</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="117" />
        <source>The music text</source>
        <translation>音乐描述</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="81" />
        <source>ASMR</source>
        <translation>ASMR</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="92" />
        <source>Give a video sound</source>
        <translation>为视频配音</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="45" />
        <location filename="../operations/sound.py" line="98" />
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="46" />
        <location filename="../operations/sound.py" line="99" />
        <source>The video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="48" />
        <source>The video with the face that will speak: 2 to 60 seconds, 720p or 1080p. Kling takes videos only by web address: one of your videos it still keeps, or an https address.</source>
        <translation>有要说话的人脸的视频：2 到 60 秒，720p 或 1080p。可灵只通过网址接收视频：可灵仍保存的你的视频，或一个 https 地址。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="52" />
        <source>Choose the video whose face will speak.</source>
        <translation>请选择其中人脸要说话的视频。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="58" />
        <source>Faces found</source>
        <translation>找到的人脸</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="59" />
        <source>The faces found</source>
        <translation>找到的人脸</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="60" />
        <source>Kling's search of the video's faces (the app makes it: “Find the faces”).</source>
        <translation>可灵对视频中人脸的识别（由应用发起：“识别人脸”）。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="62" />
        <source>Find the faces in the video first, then choose the one that speaks.</source>
        <translation>请先识别视频中的人脸，再选择要说话的那一张。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="68" />
        <source>Face</source>
        <translation>人脸</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="69" />
        <source>The face</source>
        <translation>人脸</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="70" />
        <source>Which of the faces found speaks (the first, unless you choose another).</source>
        <translation>找到的人脸中由哪一张说话（默认第一张，除非你另选）。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="72" />
        <source>Choose the face that speaks.</source>
        <translation>请选择要说话的人脸。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="81" />
        <source>A sound file (MP3, WAV, M4A or AAC, at most 5 MB, 2 to 60 seconds), or one of your sounds from the history.</source>
        <translation>一个声音文件（MP3、WAV、M4A 或 AAC，最大 5 MB，2 到 60 秒），或历史记录中你的一段声音。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="85" />
        <source>Add what the face says: a sound file, or one of your sounds.</source>
        <translation>请添加人脸要说的话：一个声音文件，或你的一段声音。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="92" />
        <source>Starts at</source>
        <translation>开始于</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="93" />
        <source>The start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="94" />
        <source>When in the video the face starts speaking, in seconds (0: at once).</source>
        <translation>人脸在视频第几秒开始说话（0：立即开始）。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="101" />
        <source>Its volume</source>
        <translation>声音音量</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="102" />
        <source>The sound's volume</source>
        <translation>新声音的音量</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="103" />
        <source>How loud the new sound is: 100 % as it is, up to 200 %.</source>
        <translation>新声音的响度：100 % 为原样，最高 200 %。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="110" />
        <source>Video's own sound</source>
        <translation>视频原声</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="111" />
        <source>The video's own sound</source>
        <translation>视频原声</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="112" />
        <source>How loud the video's own sound stays: 0 % silences it, 100 % as it is, up to 200 %.</source>
        <translation>视频原声保留多大：0 % 为静音，100 % 为原样，最高 200 %。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="137" />
        <source>The video is {s} seconds long; Kling makes faces speak in videos of 2 to 60 seconds.</source>
        <translation>视频长 {s} 秒；可灵只为 2 到 60 秒的视频做口型同步。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="149" />
        <source>The sound lasts {s} seconds; Kling takes 2 to 60 seconds.</source>
        <translation>这段声音长 {s} 秒；可灵接受 2 到 60 秒。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="159" />
        <source>The start is a number of seconds from the video's beginning, such as 1.5.</source>
        <translation>开始时间是从视频开头算起的秒数，例如 1.5。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="167" />
        <source>Starting at {start} s leaves less than 2 seconds of the {s}-second video.</source>
        <translation>从第 {start} 秒开始，这段 {s} 秒的视频只剩不到 2 秒。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="206" />
        <source>Kling found no face in this video: choose a video where a face is clearly seen.</source>
        <translation>可灵在这个视频中没有找到人脸：请选择人脸清晰可见的视频。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="212" />
        <source>Kling found the faces {ids} in this video; choose one of them.</source>
        <translation>可灵在这个视频中找到了人脸 {ids}；请从中选择一张。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="221" />
        <source>from {s} s</source>
        <translation>从 {s} 秒起</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="233" />
        <source>Lip-sync</source>
        <translation>对口型</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="245" />
        <source>Make a face in it speak…</source>
        <translation>让其中的人脸说话…</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="246" />
        <source>Lip-sync: a face in this video says words you give (while Kling keeps it).</source>
        <translation>对口型：让这个视频中的人脸说出你给的话（在可灵保存期间）。</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="252" />
        <source>Make a face say this…</source>
        <translation>让人脸说这段话…</translation>
    </message>
    <message>
        <location filename="../operations/lip_sync.py" line="253" />
        <source>Lip-sync: a face in one of your videos says this sound.</source>
        <translation>对口型：让你某个视频中的人脸说出这段声音。</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="100" />
        <source>One of your videos that Kling still keeps (it keeps them for 30 days).</source>
        <translation>可灵仍保存的您的一个视频（可灵保存 30 天）。</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="124" />
        <source>Or a video's address</source>
        <translation>或视频网址</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="125" />
        <source>The video's address</source>
        <translation>视频网址</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="126" />
        <source>A web address of an MP4 or MOV video, 3 to 20 seconds, at most 100 MB.</source>
        <translation>MP4 或 MOV 视频的网址，时长 3 到 20 秒，不超过 100 MB。</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="105" />
        <source>Sound effects</source>
        <translation>音效</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="108" />
        <source>What should be heard (optional), e.g. “waves on rocks, gulls”. At most 200 characters.</source>
        <translation>想听到的声音（可选），例如“海浪拍打礁石、海鸥鸣叫”。最多 200 个字符。</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="116" />
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="118" />
        <source>Background music (optional), e.g. “soft piano”. At most 200 characters.</source>
        <translation>背景音乐（可选），例如“轻柔的钢琴”。最多 200 个字符。</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="132" />
        <source>Detail</source>
        <translation>细节</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="133" />
        <source>The detail</source>
        <translation>细节</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="134" />
        <source>ASMR brings out small, close sounds, for immersive clips.</source>
        <translation>ASMR 突出细微、贴近的声音，适合沉浸式短片。</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="135" />
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="135" />
        <source>ASMR: close, detailed sound</source>
        <translation>ASMR：贴近、细腻的声音</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="149" />
        <source>Give it sound…</source>
        <translation>为它配音…</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="150" />
        <source>Kling adds sound effects or music to this video (while it keeps it).</source>
        <translation>可灵为这个视频加上音效或音乐（在可灵保存期间）。</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="189" />
        <source>The description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="182" />
        <source>Sound effect</source>
        <translation>音效</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="190" />
        <source>The sound to make, e.g. “fireworks over a city”. At most 200 characters.</source>
        <translation>要生成的声音，例如“城市上空的烟花”。最多 200 个字符。</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="192" />
        <source>Describe the sound to make.</source>
        <translation>请描述要生成的声音。</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="198" />
        <location filename="../operations/video.py" line="51" />
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="199" />
        <location filename="../operations/video.py" line="52" />
        <source>The length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="200" />
        <source>How long the sound lasts.</source>
        <translation>声音的时长。</translation>
    </message>
    <message>
        <location filename="../operations/video.py" line="53" />
        <source>How long the video is; each second is charged.</source>
        <translation>视频的长度；按秒计费。</translation>
    </message>
    <message>
        <location filename="../operations/sound.py" line="176" />
        <location filename="../operations/sound.py" line="201" />
        <location filename="../operations/video.py" line="54" />
        <source>{value} s</source>
        <translation>{value} 秒</translation>
    </message>
    <message>
        <location filename="../operations/video.py" line="61" />
        <source>1080p is sharper than 720p and costs more; 4K is sharpest.</source>
        <translation>1080p 比 720p 更清晰，价格也更高；4K 最清晰。</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="88" />
        <location filename="../operations/video.py" line="62" />
        <source>720p</source>
        <translation>720p</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="88" />
        <location filename="../operations/video.py" line="62" />
        <source>1080p</source>
        <translation>1080p</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="75" />
        <location filename="../operations/motion_control.py" line="77" />
        <location filename="../operations/sound.py" line="188" />
        <location filename="../operations/video.py" line="67" />
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="37" />
        <source>Character</source>
        <extracomment>The reference video's length Kling takes, by the pose the result follows.</extracomment>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="38" />
        <source>The character's picture</source>
        <translation>角色图片</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="40" />
        <source>Who moves: upper body or whole body, head and limbs in view, not too small in the frame. JPG or PNG, at least 300 pixels a side.</source>
        <translation>要动起来的角色：上半身或全身，头部和四肢都在画面中，在画面里不要太小。JPG 或 PNG，每边至少 300 像素。</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="44" />
        <source>Add a picture of the character who will move.</source>
        <translation>请添加要动起来的角色图片。</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="49" />
        <source>Motion</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="50" />
        <source>The motion video</source>
        <translation>动作视频</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="52" />
        <source>The moves to copy: one person, one continuous take, at least 3 seconds. Kling takes videos only by web address: one of your videos it still keeps, or an https address.</source>
        <translation>要模仿的动作：一个人、一个连续镜头、至少 3 秒。可灵只接受网址形式的视频：可以是它仍保留的你的视频，或一个 https 网址。</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="56" />
        <source>Choose the video whose moves the character copies.</source>
        <translation>请选择角色要模仿其动作的视频。</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="62" />
        <source>Pose</source>
        <translation>朝向</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="63" />
        <source>The pose</source>
        <translation>朝向</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="65" />
        <source>Whose way of facing the result keeps: the picture's (the motion video may then last up to 10 s) or the video's (up to 30 s).</source>
        <translation>结果保持谁的朝向：图片的（此时动作视频最长 10 秒），或视频的（最长 30 秒）。</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="69" />
        <source>as in the picture (video up to 10 s)</source>
        <translation>与图片一致（视频最长 10 秒）</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="70" />
        <source>as in the video (video up to 30 s)</source>
        <translation>与视频一致（视频最长 30 秒）</translation>
    </message>
    <message>
        <location filename="../operations/avatar.py" line="43" />
        <location filename="../operations/edit_video.py" line="76" />
        <location filename="../operations/lip_sync.py" line="79" />
        <location filename="../operations/motion_control.py" line="78" />
        <location filename="../operations/video.py" line="68" />
        <source>The sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="79" />
        <source>Keep the motion video's own sound, or make the result silent.</source>
        <translation>保留动作视频的原声，或生成无声的结果。</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="80" />
        <source>the motion video's own</source>
        <translation>动作视频的原声</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="87" />
        <source>1080p is sharper than 720p and costs more a second.</source>
        <translation>1080p 比 720p 更清晰，每秒费用也更高。</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="96" />
        <source>A character saved on your account (Connection → Elements…), instead of or beside the picture: at most one; the result then follows the video's pose.</source>
        <translation>保存在你账户中的角色（连接 → 元素…），可以代替图片或与图片一起使用：最多一个；此时结果按视频的朝向生成。</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="115" />
        <source>The motion video is {s} seconds long; Kling needs at least {least}.</source>
        <translation>动作视频长 {s} 秒；可灵至少需要 {least} 秒。</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="126" />
        <source>The motion video is {s} seconds long: following the picture's pose, Kling takes at most {most} seconds. Follow the video's pose (up to 30 s), or choose a shorter video.</source>
        <translation>动作视频长 {s} 秒：按图片的朝向生成时，可灵最多接受 {most} 秒。请改为按视频的朝向（最长 30 秒），或选择更短的视频。</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="134" />
        <source>The motion video is {s} seconds long; Kling takes at most {most} seconds.</source>
        <translation>动作视频长 {s} 秒；可灵最多接受 {most} 秒。</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="185" />
        <source>the video's pose</source>
        <translation>视频的朝向</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="189" />
        <source>with its sound</source>
        <translation>带原声</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="202" />
        <source>Motion control</source>
        <translation>动作控制</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="210" />
        <source>What else happens (optional): the scene, the clothes, a camera move. Name an element as @name.</source>
        <translation>还有什么（可选）：场景、服装、镜头运动。用 @名称 引用元素。</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="229" />
        <source>Make this character move…</source>
        <translation>让这个角色动起来…</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="230" />
        <source>Use this picture as the character of a motion-control video.</source>
        <translation>把这张图片用作动作控制视频中的角色。</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="235" />
        <source>Copy these moves…</source>
        <translation>模仿这些动作…</translation>
    </message>
    <message>
        <location filename="../operations/motion_control.py" line="237" />
        <source>Make a character move as the person in this video does (while Kling keeps it).</source>
        <translation>让一个角色像这段视频中的人一样动起来（在可灵保留它期间）。</translation>
    </message>
    <message>
        <location filename="../operations/video.py" line="69" />
        <source>Whether Kling makes a soundtrack with the video.</source>
        <translation>可灵是否为视频生成配乐和音效。</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="81" />
        <location filename="../operations/video.py" line="71" />
        <source>made with the video</source>
        <translation>随视频生成</translation>
    </message>
    <message>
        <location filename="../operations/video.py" line="72" />
        <source>the reference video's own</source>
        <translation>保留参考视频原声</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="80" />
        <location filename="../operations/motion_control.py" line="80" />
        <location filename="../operations/video.py" line="73" />
        <source>none (silent)</source>
        <translation>无（静音）</translation>
    </message>
    <message>
        <location filename="../operations/video.py" line="79" />
        <source>Storyboard</source>
        <translation>分镜</translation>
    </message>
    <message>
        <location filename="../operations/video.py" line="80" />
        <source>The storyboard</source>
        <translation>分镜</translation>
    </message>
    <message>
        <location filename="../operations/video.py" line="81" />
        <source>Up to 6 shots, each with its own words and seconds; together they fill the video.</source>
        <translation>最多 6 个镜头，每个镜头有自己的文字和秒数；合起来就是整段视频。</translation>
    </message>
    <message>
        <location filename="../operations/video.py" line="109" />
        <source>The shots last {total} s in all; this model makes videos of {lengths}.</source>
        <translation>各镜头共 {total} 秒；此模型生成的视频长度为 {lengths}。</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="61" />
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="62" />
        <source>The elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <location filename="../operations/common.py" line="64" />
        <source>Characters or objects saved on your account (Connection → Elements…): insert one and its @name goes into the prompt, where Kling brings it back.</source>
        <translation>保存在您账号中的角色或物体（连接 → 元素…）：插入一个，它的 @名称 会写入提示词，可灵会在视频中重现它。</translation>
    </message>
    <message>
        <location filename="../operations/video.py" line="121" />
        <source>The shots last {total} s in all, but the video is {duration} s long: make them add up.</source>
        <translation>各镜头合计 {total} 秒，但视频时长是 {duration} 秒：请让两者相等。</translation>
    </message>
    <message>
        <location filename="../operations/video.py" line="224" />
        <source>with sound</source>
        <translation>有声</translation>
    </message>
    <message>
        <location filename="../operations/video.py" line="226" />
        <source>{n} shots</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="538" />
        <source>Kling retired {old}; the form uses {new} instead. Check the settings, then Generate.</source>
        <translation>可灵已停用 {old}；表单已改用 {new}。请检查设置后再点“生成”。</translation>
    </message>
    <message>
        <location filename="../api/download.py" line="191" />
        <source>model list address</source>
        <translation>模型列表地址</translation>
    </message>
    <message>
        <location filename="../api/download.py" line="202" />
        <source>The model list could not be fetched (HTTP {status}).</source>
        <translation>无法获取模型列表（HTTP {status}）。</translation>
    </message>
    <message>
        <location filename="../api/download.py" line="196" />
        <source>The model list is larger than {mb} MB; it was not used.</source>
        <translation>模型列表超过 {mb} MB，未被使用。</translation>
    </message>
    <message>
        <location filename="../jobs/catalogue_update.py" line="41" />
        <source>Kling's model list was brought up to date ({version}).</source>
        <translation>可灵模型列表已更新（{version}）。</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="42" />
        <source>Video to edit</source>
        <translation>要编辑的视频</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="43" />
        <source>The video to edit</source>
        <translation>要编辑的视频</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="45" />
        <source>The video Kling changes. Kling takes videos only by web address: one of your videos it still keeps, or an https address.</source>
        <translation>可灵要修改的视频。可灵只接受网址形式的视频：可以是它仍保留的你的视频，或一个 https 网址。</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="49" />
        <source>Choose the video to edit.</source>
        <translation>请选择要编辑的视频。</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="55" />
        <location filename="../operations/edit_video.py" line="56" />
        <source>What to change</source>
        <translation>要修改的内容</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="58" />
        <source>Say what changes and what stays, e.g. “make the parrot's feathers blue, keep everything else”. Name references as @image_1, elements as @name.</source>
        <translation>说明要改什么、保留什么，例如“把鹦鹉的羽毛改成蓝色，其他保持不变”。用 @image_1 引用参考图，用 @名称 引用元素。</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="62" />
        <source>Say what to change in the video.</source>
        <translation>请说明要修改视频的哪些内容。</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="67" />
        <location filename="../operations/omni_image.py" line="27" />
        <location filename="../operations/omni_video.py" line="28" />
        <source>Reference pictures</source>
        <translation>参考图</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="68" />
        <location filename="../operations/omni_image.py" line="28" />
        <location filename="../operations/omni_video.py" line="29" />
        <source>The reference pictures</source>
        <translation>参考图</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="69" />
        <source>Optional: how the change should look; name them in the words as @image_1, @image_2…</source>
        <translation>可选：修改后的样子；在文字中用 @image_1、@image_2… 引用它们</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="77" />
        <source>Keep the video's own sound, or make the edited video silent.</source>
        <translation>保留视频的原声，或让编辑后的视频无声。</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="79" />
        <source>the video's own</source>
        <translation>视频的原声</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="126" />
        <source>Edit a video</source>
        <translation>编辑视频</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="144" />
        <source>Edit this video…</source>
        <translation>编辑这段视频…</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="145" />
        <source>Kling changes this video as you say (while it keeps it).</source>
        <translation>可灵按你的描述修改这段视频（在可灵保留它期间）。</translation>
    </message>
    <message>
        <location filename="../operations/omni_image.py" line="29" />
        <source>Pictures to combine or take after; refer to them in the prompt as @image_1, @image_2…</source>
        <translation>要组合或参照的图片；在提示词中用 @image_1、@image_2… 指代它们</translation>
    </message>
    <message>
        <location filename="../operations/omni_image.py" line="35" />
        <source>Series</source>
        <translation>组图</translation>
    </message>
    <message>
        <location filename="../operations/omni_image.py" line="36" />
        <source>The series</source>
        <translation>组图</translation>
    </message>
    <message>
        <location filename="../operations/omni_image.py" line="37" />
        <source>One picture, or a series of pictures that belong together (a story, a set).</source>
        <translation>一张图片，或一组互相关联的图片（一个故事、一套图）。</translation>
    </message>
    <message>
        <location filename="../operations/omni_image.py" line="38" />
        <source>one picture</source>
        <translation>一张图片</translation>
    </message>
    <message>
        <location filename="../operations/omni_image.py" line="38" />
        <source>as many as it takes</source>
        <translation>由可灵决定张数</translation>
    </message>
    <message>
        <location filename="../operations/omni_image.py" line="39" />
        <source>{value} pictures</source>
        <translation>{value} 张</translation>
    </message>
    <message>
        <location filename="../operations/omni_image.py" line="102" />
        <source>What to make of the references, e.g. “put @image_1 in a garden”.</source>
        <translation>要用参考图做什么，例如“把 @image_1 放进花园里”。</translation>
    </message>
    <message>
        <location filename="../operations/edit_video.py" line="114" />
        <location filename="../operations/omni_image.py" line="85" />
        <location filename="../operations/omni_video.py" line="99" />
        <source>{n} references</source>
        <translation>{n} 张参考图</translation>
    </message>
    <message>
        <location filename="../operations/omni_image.py" line="98" />
        <source>Picture from references</source>
        <translation>参考生图</translation>
    </message>
    <message>
        <location filename="../operations/omni_image.py" line="109" />
        <source>The shape; “auto” follows the references.</source>
        <translation>画面比例；“自动”会跟随参考图。</translation>
    </message>
    <message>
        <location filename="../api/account.py" line="85" />
        <location filename="../api/account.py" line="103" />
        <source>The server's account answer could not be understood.</source>
        <translation>无法理解服务器返回的账户信息。</translation>
    </message>
    <message>
        <location filename="../jobs/account.py" line="68" />
        <source>This connection does not offer account information (units left, packs).</source>
        <translation>此连接不提供账户信息（剩余点数、资源包）。</translation>
    </message>
    <message>
        <location filename="../app.py" line="225" />
        <source>Kling Desktop is already running on this data folder but does not answer. Wait a moment and try again, or close it first.</source>
        <extracomment>Seconds a thread keeps Python's lock while others wait (5 ms by default). The engine's workers share the lock with the window's thread; handing it over every millisecond keeps a slot from waiting long behind a worker writing a download (bench/responsiveness.py, two batches of alternating runs: the median run's longest stall 22 -&gt; 18 ms and 29 -&gt; 25 ms; the jobs take as long as before; rare 50-60 ms stalls while a result is followed remain either way). Set when the window's engine starts, not at import.</extracomment>
        <translation>可灵桌面版已在使用此数据文件夹，但没有响应。请稍候再试，或先将其关闭。</translation>
    </message>
    <message>
        <location filename="../failures.py" line="29" />
        <source>Your history file is damaged and cannot be read.</source>
        <translation>历史记录文件已损坏，无法读取。</translation>
    </message>
    <message>
        <location filename="../failures.py" line="31" />
        <source>There was not enough memory for this. Close other apps, or use a smaller file.</source>
        <translation>内存不足。请关闭其他应用，或使用更小的文件。</translation>
    </message>
    <message>
        <location filename="../failures.py" line="35" />
        <location filename="../store/db.py" line="306" />
        <source>Your history could not be read or written ({reason}).</source>
        <translation>无法读取或写入历史记录（{reason}）。</translation>
    </message>
    <message>
        <location filename="../failures.py" line="37" />
        <source>Some text could not be read or sent: {reason}</source>
        <translation>有些文字无法读取或发送：{reason}</translation>
    </message>
    <message>
        <location filename="../failures.py" line="40" />
        <source>Kling Desktop stopped because of an unexpected problem ({name}). The details are in the log file {path}.</source>
        <translation>可灵桌面版因意外问题停止（{name}）。详细信息在日志文件 {path} 中。</translation>
    </message>
    <message>
        <location filename="../failures.py" line="52" />
        <source>The disk is full: {path} could not be written. Free some space and try again.</source>
        <translation>磁盘已满：无法写入 {path}。请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../failures.py" line="57" />
        <source>Kling Desktop may not write to {path} ({reason}). Check the folder's permissions, or choose another data folder with --data-dir.</source>
        <translation>可灵桌面版无权写入 {path}（{reason}）。请检查该文件夹的权限，或用 --data-dir 选择其他数据文件夹。</translation>
    </message>
    <message>
        <location filename="../failures.py" line="64" />
        <source>{path} is a file where Kling Desktop needs a folder. Move the file, or choose another data folder with --data-dir.</source>
        <translation>{path} 是一个文件，但可灵桌面版需要的是文件夹。请移走该文件，或用 --data-dir 选择其他数据文件夹。</translation>
    </message>
    <message>
        <location filename="../failures.py" line="68" />
        <source>Kling Desktop could not use {path}: {reason}.</source>
        <translation>可灵桌面版无法使用 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../failures.py" line="92" />
        <source>Your history file was damaged and could not be read. It was moved to {path} (nothing was deleted); the next start begins a new history.</source>
        <translation>历史记录文件已损坏，无法读取。它已被移到 {path}（没有删除任何内容）；下次启动时将开始新的历史记录。</translation>
    </message>
    <message>
        <location filename="../api/elements.py" line="178" />
        <source>The server's answer about elements could not be understood.</source>
        <translation>无法理解服务器关于元素的回复。</translation>
    </message>
    <message>
        <location filename="../jobs/inputs.py" line="65" />
        <source>{label} is not an MP3, WAV, M4A or AAC sound.</source>
        <translation>{label}不是 MP3、WAV、M4A 或 AAC 声音。</translation>
    </message>
    <message>
        <location filename="../jobs/inputs.py" line="69" />
        <source>{label} is {mb:.1f} MB; Kling takes sounds of at most 5 MB.</source>
        <translation>{label}大小为 {mb:.1f} MB；可灵接受的声音最大 5 MB。</translation>
    </message>
    <message>
        <location filename="../jobs/inputs.py" line="102" />
        <source>The app cannot read files of this kind ({media}).</source>
        <translation>应用无法读取这类文件（{media}）。</translation>
    </message>
    <message>
        <location filename="../jobs/batch.py" line="98" />
        <source>{field}: {problem}</source>
        <extracomment>Rows read from one file at most: a batch is a spreadsheet, not a database. Jobs one batch makes at most (a window's batch and a command line's alike). Fields every job has its own of, which say nothing about what it makes.</extracomment>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../jobs/batch.py" line="108" />
        <source>its price is Kling's to decide, so it cannot be counted against a cap</source>
        <translation>它的价格由 Kling 决定，因此无法计入上限</translation>
    </message>
    <message>
        <location filename="../jobs/batch.py" line="113" />
        <source>not sent: with it the batch would pass {cap} units (about {total})</source>
        <translation>未发送：加上它，这批任务会超过 {cap} 单位（约 {total}）</translation>
    </message>
    <message>
        <location filename="../jobs/batch.py" line="121" />
        <source>not sent: a batch has at most 500 jobs</source>
        <translation>未发送：一批最多 500 个任务</translation>
    </message>
    <message>
        <location filename="../jobs/batch.py" line="290" />
        <source>There is no file {path}.</source>
        <translation>没有文件 {path}。</translation>
    </message>
    <message>
        <location filename="../jobs/batch.py" line="293" />
        <source>{path} cannot be read as text ({error}).</source>
        <translation>{path} 无法作为文本读取（{error}）。</translation>
    </message>
    <message>
        <location filename="../jobs/batch.py" line="297" />
        <source>{path} has no rows.</source>
        <translation>{path} 中没有数据行。</translation>
    </message>
    <message>
        <location filename="../jobs/batch.py" line="301" />
        <source>{path} has {rows} rows; a batch reads at most 2000.</source>
        <translation>{path} 有 {rows} 行；一批最多读取 2000 行。</translation>
    </message>
    <message>
        <location filename="../jobs/batch.py" line="312" />
        <source>The first line of a CSV file names its columns.</source>
        <translation>CSV 文件的第一行应写明各列的名称。</translation>
    </message>
    <message>
        <location filename="../api/voices.py" line="151" />
        <source>The server's answer about voices could not be understood.</source>
        <translation>无法理解服务器关于音色的回答。</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="30" />
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="30" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="32" />
        <source>slower (0.8×)</source>
        <translation>较慢（0.8×）</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="33" />
        <source>the voice's own</source>
        <translation>原速</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="34" />
        <source>a little faster (1.2×)</source>
        <translation>稍快（1.2×）</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="35" />
        <source>faster (1.5×)</source>
        <translation>较快（1.5×）</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="36" />
        <source>twice as fast</source>
        <translation>两倍速</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="42" />
        <source>Voice</source>
        <translation>音色</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="43" />
        <source>The voice</source>
        <translation>音色</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="44" />
        <source>Who speaks. Some of Kling's voices speak English, some Chinese, some both.</source>
        <translation>由谁来说。可灵的音色有的说英语，有的说中文，有的两种都会。</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="52" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="53" />
        <source>The language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="54" />
        <source>The language the text is in: the voice must speak it.</source>
        <translation>文字所用的语言：所选音色必须会说这种语言。</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="62" />
        <source>Speed</source>
        <translation>语速</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="63" />
        <source>The speed</source>
        <translation>语速</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="64" />
        <source>How fast the voice speaks, from 0.8 to 2 times its own pace.</source>
        <translation>说话的快慢，为原速的 0.8 到 2 倍。</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="80" />
        <source>{voice} speaks only {language}: choose another voice, or write in {language}.</source>
        <translation>“{voice}”只会说{language}：请换一个音色，或用{language}书写。</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="117" />
        <source>Speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="123" />
        <source>Words</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="124" />
        <source>The text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="125" />
        <source>What the voice says, at most 1000 characters.</source>
        <translation>要说的话，最多 1000 个字符。</translation>
    </message>
    <message>
        <location filename="../operations/speech.py" line="127" />
        <source>Write the words the voice should say.</source>
        <translation>请写下要说的话。</translation>
    </message>
    <message>
        <location filename="../api/faces.py" line="79" />
        <source>The server's answer about the video's faces could not be understood.</source>
        <translation>无法理解服务器关于视频人脸的回答。</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <location filename="../ui/account_dialog.py" line="41" />
        <source>video units</source>
        <translation>视频点数</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="42" />
        <source>picture units</source>
        <translation>图片点数</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="43" />
        <source>sound units</source>
        <translation>音频点数</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="44" />
        <source>units</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="46" />
        <source>Video units</source>
        <translation>视频点数</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="47" />
        <source>Picture units</source>
        <translation>图片点数</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="48" />
        <source>Sound units</source>
        <translation>音频点数</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="49" />
        <source>Units</source>
        <translation>点数</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../ui/account_dialog.py" line="57" />
        <source>Account: {name}</source>
        <translation>账户：{name}</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="62" />
        <source>Pack</source>
        <translation>资源包</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="63" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="64" />
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="65" />
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="66" />
        <source>At once</source>
        <translation>同时</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="70" />
        <source>How many jobs of this kind Kling makes at the same time.</source>
        <translation>可灵同时生成这类任务的数量。</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="74" />
        <source>Kling counts what is left up to {hours} hours late: the newest jobs may not show in it yet.</source>
        <translation>可灵统计剩余量最多会延迟 {hours} 小时：最新的任务可能还没有计入。</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="83" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="83" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="83" />
        <source>Charged</source>
        <translation>扣除</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="83" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="85" />
        <source>&lt;b&gt;Charges of the last 30 days&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近 30 天的扣费&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="87" />
        <location filename="../ui/account_dialog.py" line="114" />
        <source>Reading the account…</source>
        <translation>正在读取账户…</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="89" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="91" />
        <source>Kling asks apps to read the account rarely: once a minute at most.</source>
        <translation>可灵要求应用尽量少读取账户：最多每分钟一次。</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="134" />
        <source>{left} of {total}</source>
        <translation>{left} / {total}</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="162" />
        <source>No charges yet.</source>
        <translation>还没有扣费。</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="164" />
        <source>Money left after the latest charge: {money}</source>
        <translation>最近一次扣费后的余额：{money}</translation>
    </message>
    <message>
        <location filename="../ui/account_dialog.py" line="171" />
        <source>Read at {time}.</source>
        <translation>读取于 {time}。</translation>
    </message>
</context>
<context>
    <name>AddSoundForm</name>
    <message>
        <location filename="../ui/sound_form.py" line="38" />
        <source>Choose one of my videos</source>
        <extracomment>The history result chosen, and its job's prompt (None: a web address, or none).</extracomment>
        <translation>选择我的视频</translation>
    </message>
    <message>
        <location filename="../ui/sound_form.py" line="40" />
        <source>Your videos that Kling still keeps (30 days after they were made).</source>
        <translation>可灵仍保存的您的视频（生成后 30 天内）。</translation>
    </message>
    <message>
        <location filename="../ui/sound_form.py" line="130" />
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message>
        <location filename="../ui/sound_form.py" line="106" />
        <source>Choose one of your videos, or give a video's address under More settings.</source>
        <translation>请选择您的一个视频，或在“更多设置”中填写视频网址。</translation>
    </message>
    <message>
        <location filename="../ui/sound_form.py" line="123" />
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <location filename="../ui/sound_form.py" line="127" />
        <source>Kling keeps it until {when}</source>
        <translation>可灵保存至 {when}</translation>
    </message>
    <message>
        <location filename="../ui/sound_form.py" line="129" />
        <source>Kling deleted it on {when}</source>
        <translation>可灵已于 {when} 删除</translation>
    </message>
    <message>
        <location filename="../ui/sound_form.py" line="147" />
        <source>Kling deleted this video on {when}, 30 days after it was made, so it cannot give it sound. Your copy is still on this computer: choose a newer video, or put this one online and give its address.</source>
        <translation>可灵已于 {when} 删除这个视频（生成 30 天后），无法为它配音。您的副本仍在这台电脑上：请选择一个更新的视频，或将它上传到网上并填写网址。</translation>
    </message>
    <message>
        <location filename="../ui/sound_form.py" line="159" />
        <source>Kling gives sound to videos of {low:g} to {high:g} seconds; this one is {s:g} seconds.</source>
        <translation>可灵只为 {low:g} 到 {high:g} 秒的视频配音；这个视频有 {s:g} 秒。</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <location filename="../ui/ask.py" line="51" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/ask.py" line="52" />
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../ui/batch_dialog.py" line="54" />
        <source>Several at once</source>
        <translation>一次多个</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="61" />
        <source>Make several jobs from this form in one go. Nothing is sent until you press Generate; each job then runs and is kept like any other.</source>
        <translation>用这个表单一次创建多个任务。按下“生成”之前不会发送任何内容；之后每个任务都像平常一样运行和保存。</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="68" />
        <source>Several prompts</source>
        <translation>多个提示词</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="69" />
        <source>Across choices</source>
        <translation>多种选择组合</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="74" />
        <source>Stop before the batch passes</source>
        <translation>在这批任务超过以下数量前停止</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="84" />
        <source>units</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="96" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="122" />
        <source>One prompt per line</source>
        <translation>每行一个提示词</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="127" />
        <source>Load a CSV or JSON Lines file…</source>
        <translation>载入 CSV 或 JSON Lines 文件…</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="130" />
        <source>One job a row. The columns are settings, named as in the command line: prompt, model, duration, aspect_ratio…; an empty cell keeps the form's value.</source>
        <translation>每行一个任务。各列是设置，名称与命令行相同：prompt、model、duration、aspect_ratio…；空单元格沿用表单中的值。</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="137" />
        <source>Type prompts instead</source>
        <translation>改为输入提示词</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="171" />
        <source>Models (up to 4)</source>
        <translation>模型（最多 4 个）</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="179" />
        <source>Lengths</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="179" />
        <source>Shapes</source>
        <translation>画面比例</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="204" />
        <source>Variations of each (Kling makes each anew):</source>
        <translation>每种组合的变体数（Kling 每次重新生成）：</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="218" />
        <source>A batch from a file</source>
        <translation>从文件创建一批任务</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="220" />
        <source>Spreadsheets and JSON Lines (*.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>表格和 JSON Lines (*.csv *.jsonl *.ndjson);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="236" />
        <source>{count} rows from {file}.</source>
        <translation>来自 {file} 的 {count} 行。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batch_dialog.py" line="289" />
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="294" />
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="297" />
        <source>{jobs}, about {price} in all</source>
        <translation>{jobs}，总计约 {price}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batch_dialog.py" line="299" />
        <source>%n priced by Kling's server</source>
        <translation>
            <numerusform>%n 个由 Kling 服务器定价</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="301" />
        <source>(free in demo mode)</source>
        <translation>（演示模式免费）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batch_dialog.py" line="304" />
        <source>%n not sent (below)</source>
        <translation>
            <numerusform>%n 个不会发送（见下方）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/batch_dialog.py" line="306" />
        <source>Choose at most 4 models.</source>
        <translation>最多选择 4 个模型。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batch_dialog.py" line="308" />
        <source>Generate %n job(s)</source>
        <translation>
            <numerusform>生成 %n 个任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchGrid</name>
    <message>
        <location filename="../ui/batch_grid.py" line="43" />
        <source>Batch “{name}”</source>
        <translation>批次“{name}”</translation>
    </message>
    <message>
        <location filename="../ui/batch_grid.py" line="56" />
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../ui/batch_grid.py" line="57" />
        <source>Compare side by side</source>
        <translation>并排比较</translation>
    </message>
    <message>
        <location filename="../ui/batch_grid.py" line="58" />
        <source>Choose 2 to 4 results (Ctrl+click).</source>
        <translation>选择 2 到 4 个结果（Ctrl+单击）。</translation>
    </message>
    <message>
        <location filename="../ui/batch_grid.py" line="61" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/batch_grid.py" line="62" />
        <source>The chosen results, or the whole batch.</source>
        <translation>所选结果，或整批结果。</translation>
    </message>
    <message>
        <location filename="../ui/batch_grid.py" line="64" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/batch_grid.py" line="105" />
        <source>The batch could not be read: {error}</source>
        <translation>无法读取这批任务：{error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batch_grid.py" line="116" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../ui/form_fields.py" line="183" />
        <source>Type to search</source>
        <translation>输入以搜索</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../ui/compare.py" line="54" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="56" />
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="162" />
        <source>Compare results</source>
        <translation>比较结果</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="182" />
        <source>Settings that differ are in bold on a yellow mark.</source>
        <translation>不同的设置以粗体黄色标记显示。</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="184" />
        <source>These results were made with the same settings.</source>
        <translation>这些结果使用了相同的设置。</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="197" />
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="197" />
        <source>Fit every picture to its pane</source>
        <translation>让每张图片适应其窗格</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="198" />
        <source>Every picture at its actual size</source>
        <translation>每张图片按实际大小显示</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="199" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="200" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="216" />
        <location filename="../ui/compare.py" line="339" />
        <source>Play all</source>
        <translation>全部播放</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="219" />
        <source>Drag to move every video to the same moment.</source>
        <translation>拖动以将所有视频移到同一时刻。</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="240" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="339" />
        <source>Pause all</source>
        <translation>全部暂停</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare.py" line="385" />
        <source>Move the other %n to the trash…</source>
        <translation>
            <numerusform>将其余 %n 个移到回收站…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="388" />
        <source>Delete the results you did not keep (you can undo it for a little while).</source>
        <translation>删除您未保留的结果（短时间内可以撤销）。</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="390" />
        <source>First choose the one to keep.</source>
        <translation>请先选择要保留的一个。</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connection_dialog.py" line="85" />
        <source>Welcome to Kling Desktop</source>
        <extracomment>Where Kling's console hands out API keys.</extracomment>
        <translation>欢迎使用 Kling Desktop</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="89" />
        <source>Add a connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="111" />
        <source>I have a Kling API key</source>
        <translation>我有可灵 API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="162" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="209" />
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="240" />
        <source>My relay</source>
        <translation>我的中转</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="206" />
        <location filename="../ui/connection_dialog.py" line="244" />
        <location filename="../ui/connection_dialog.py" line="260" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="208" />
        <location filename="../ui/connection_dialog.py" line="245" />
        <location filename="../ui/connection_dialog.py" line="262" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="246" />
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="201" />
        <location filename="../ui/connection_dialog.py" line="252" />
        <source>Kling</source>
        <translation>可灵</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="87" />
        <source>Edit the connection “{name}”</source>
        <translation>编辑连接“{name}”</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="97" />
        <source>&lt;b&gt;Kling Desktop makes pictures and videos from your words and pictures with Kling AI, and keeps every result on this computer.&lt;/b&gt;</source>
        <translation>&lt;b&gt;可灵桌面版用可灵 AI 把您的文字和图片变成图片和视频，并把每个结果保存在这台电脑上。&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="104" />
        <source>How will you use it? You can change this later in the Connection menu.</source>
        <translation>您打算如何使用？之后可以在“连接”菜单中更改。</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="110" />
        <source>Try it now, free</source>
        <translation>立即免费试用</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="112" />
        <source>I use a relay service</source>
        <translation>我使用中转服务</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="113" />
        <source>I have Kling access keys (older accounts)</source>
        <translation>我有可灵 Access Key（旧账号）</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="116" />
        <source>No key needed. A small imitation of Kling on this computer makes placeholder pictures and videos, so you can learn the app first. Nothing is charged.</source>
        <translation>无需密钥。这台电脑上的一个小型可灵模拟服务会生成示意图片和视频，让您先熟悉本应用。不会产生任何费用。</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="120" />
        <source>The key Kling's developer console gives you. &lt;a href='console'&gt;Where do I get one?&lt;/a&gt;</source>
        <translation>可灵开发者控制台提供的密钥。&lt;a href='console'&gt;在哪里获取？&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="124" />
        <source>A service that passes your requests on to Kling gave you an address and a key. &lt;a href='relay'&gt;Where do I get one?&lt;/a&gt;</source>
        <translation>一个把您的请求转发给可灵的服务给了您一个地址和密钥。&lt;a href='relay'&gt;在哪里获取？&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="128" />
        <source>An access key and a secret key, as Kling's console gave them before API keys. They reach fewer models.</source>
        <translation>可灵控制台在推出 API Key 之前提供的 Access Key 和 Secret Key。可用的模型较少。</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="164" />
        <source>Ask Kling whether the key works. Free: nothing is generated.</source>
        <translation>询问可灵该密钥是否可用。免费：不会生成任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="217" />
        <location filename="../ui/connection_dialog.py" line="258" />
        <source>Saved. Type a new one to replace it.</source>
        <translation>已保存。输入新的即可替换。</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="223" />
        <source>Singapore (outside China)</source>
        <translation>新加坡（中国大陆以外）</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="224" />
        <source>Beijing (China console)</source>
        <translation>北京（国内控制台）</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="225" />
        <source>Global (older accounts)</source>
        <translation>全球（旧账户）</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="226" />
        <source>Another address…</source>
        <translation>其他地址…</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="296" />
        <source>Where do I get a relay key?</source>
        <translation>在哪里获取中转密钥？</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="298" />
        <source>A relay service shows its address and your key on its own website, usually in its dashboard under “API keys” or “Tokens”. If you do not use one, choose “I have a Kling API key” instead.</source>
        <translation>中转服务会在其网站上显示地址和您的密钥，通常在控制面板的“API 密钥”或“令牌”下。如果您不使用中转服务，请改选“我有可灵 API 密钥”。</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="317" />
        <source>Start the demo</source>
        <translation>开始试用</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="317" />
        <source>Test and save</source>
        <translation>测试并保存</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="401" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="443" />
        <source>The test did not pass</source>
        <translation>测试未通过</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="445" />
        <source>{message}

Save this connection anyway? Jobs sent with it will wait until this is fixed.</source>
        <translation>{message}

仍要保存此连接吗？用它发送的任务会等待，直到问题解决。</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="448" />
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="449" />
        <source>Go back and fix it</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="207" />
        <location filename="../ui/connection_dialog.py" line="261" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="263" />
        <source>Access key</source>
        <translation>Access Key</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="264" />
        <source>Secret key</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="389" />
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="398" />
        <source>Connected: the key works.</source>
        <translation>连接成功：密钥可用。</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <location filename="../ui/connections.py" line="48" />
        <source>Connection: {profile}</source>
        <translation>连接：{profile}</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="64" />
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="76" />
        <source>Account and units…</source>
        <translation>账户和点数…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="77" />
        <source>Elements…</source>
        <translation>元素…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="78" />
        <source>Voices…</source>
        <translation>音色…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="79" />
        <source>Add a connection…</source>
        <translation>添加连接…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="82" />
        <source>Edit “{name}”…</source>
        <translation>编辑“{name}”…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="87" />
        <source>Remove “{name}”</source>
        <translation>移除“{name}”</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="127" />
        <source>Remove connection</source>
        <translation>移除连接</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="129" />
        <source>Remove the connection “{name}” and its saved key? Your history and files stay.</source>
        <translation>要移除连接“{name}”及其保存的密钥吗？历史记录和文件会保留。</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="131" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="132" />
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="166" />
        <source>The name stays</source>
        <translation>名称不变</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="168" />
        <source>Another connection is already called “{new}”, so this one keeps the name “{name}”. The other changes are saved.</source>
        <translation>已有另一个连接叫“{new}”，因此此连接保留名称“{name}”。其他更改已保存。</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="176" />
        <source>The name stays for now</source>
        <translation>名称暂不更改</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="178" />
        <source>Jobs of “{name}” are still running, so it keeps its name until they end. The other changes are saved.</source>
        <translation>“{name}”还有任务在运行，因此在它们结束前保留原名称。其他更改已保存。</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="199" />
        <source>Key kept for this session only</source>
        <translation>密钥仅在本次运行中保留</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="210" />
        <source>Jobs for “{name}” are paused</source>
        <translation>“{name}”的任务已暂停</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="212" />
        <source>{message}

The waiting jobs continue once this is fixed: Connection → Edit “{name}”.</source>
        <translation>{message}

问题解决后，等待中的任务会继续：连接 → 编辑“{name}”。</translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message>
        <location filename="../ui/history_delete.py" line="72" />
        <location filename="../ui/history_delete.py" line="79" />
        <location filename="../ui/history_delete.py" line="166" />
        <source>Delete</source>
        <extracomment>Whether a delete can be undone now.</extracomment>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_delete.py" line="74" />
        <source>Delete %n job(s) from the history? Their files go to the system trash. You can undo this for a little while.</source>
        <translation>
            <numerusform>从历史记录中删除 %n 个任务？它们的文件会移到系统回收站。短时间内可以撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_delete.py" line="80" />
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_delete.py" line="93" />
        <source>Deleted %n job(s).</source>
        <translation>
            <numerusform>已删除 %n 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_delete.py" line="168" />
        <source>%n job(s) were kept: a file could not be moved to the trash (the disk may have no trash, or the file is in use).</source>
        <translation>
            <numerusform>有 %n 个任务被保留：有文件无法移到回收站（该磁盘可能没有回收站，或文件正在使用）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../ui/details.py" line="44" />
        <source>Last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="38" />
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="39" />
        <source>Follows the prompt</source>
        <translation>贴合提示词</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="40" />
        <source>Camera movement</source>
        <translation>运镜</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="41" />
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="42" />
        <source>Still area</source>
        <translation>静止区域</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="43" />
        <source>Motion paths</source>
        <translation>运动轨迹</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="45" />
        <source>Callback address</source>
        <translation>回调地址</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="46" />
        <source>Watermark</source>
        <translation>水印</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="52" />
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="53" />
        <source>Professional</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="128" />
        <source>(picture, kept with the job)</source>
        <translation>（图片，随任务保存）</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="131" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="133" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="324" />
        <source>Demo</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../ui/details.py" line="165" />
        <source>The details of the chosen result appear here.</source>
        <extracomment>A job named under "Made from" or "Used in" was clicked.</extracomment>
        <translation>所选结果的详细信息会显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="199" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="200" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="202" />
        <source>Why it failed</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="204" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="205" />
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="215" />
        <source>Leave out</source>
        <translation>排除内容</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="102" />
        <location filename="../ui/details.py" line="216" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="220" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="210" />
        <source>Made from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="213" />
        <source>Used in</source>
        <translation>用于</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="221" />
        <source>Queued</source>
        <translation>排队时间</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="223" />
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="226" />
        <source>Took</source>
        <translation>用时</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/details.py" line="226" />
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="228" />
        <location filename="../ui/details.py" line="230" />
        <source>Units charged</source>
        <translation>扣除点数</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="228" />
        <source>0 — demo</source>
        <translation>0 — 演示</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="235" />
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="232" />
        <source>Result {n}</source>
        <translation>结果 {n}</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="236" />
        <source>Model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="237" />
        <source>Kling's task id</source>
        <translation>可灵任务 ID</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="238" />
        <source>Request id (sent with the job)</source>
        <translation>请求 ID（随任务发送）</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="239" />
        <source>API</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="242" />
        <source>Technical details</source>
        <translation>技术详情</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="272" />
        <source>as {field}</source>
        <translation>作为{field}</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="278" />
        <source>Kling's /v1 API</source>
        <translation>可灵 /v1 接口</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="279" />
        <source>Kling's new video API</source>
        <translation>可灵新版视频接口</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="287" />
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="295" />
        <source>The file is missing from {path}</source>
        <translation>文件已不在 {path}</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="307" />
        <source>Server copy expired: only your local copy remains.</source>
        <translation>服务器上的副本已过期：只剩您本地的这一份。</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="310" />
        <source>Server copy expires today.</source>
        <translation>服务器上的副本今天到期。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/details.py" line="311" />
        <source>Server copy expires in %n day(s).</source>
        <translation>
            <numerusform>服务器上的副本将在 %n 天后到期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElementsDialog</name>
    <message>
        <location filename="../ui/elements_dialog.py" line="42" />
        <source>being made…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="43" />
        <source>ready</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="44" />
        <source>could not be made</source>
        <translation>未能生成</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="169" />
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="184" />
        <source>Kling's own elements: write @name to use one.</source>
        <translation>可灵自带的元素：写 @名称 即可使用。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="194" />
        <source>New element…</source>
        <translation>新建元素…</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="196" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="198" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="200" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="172" />
        <source>Characters and objects saved on your Kling account from photos or a short video. Write @name in a prompt to bring one back, with a model that takes elements: Kling 3.0, Kling 3.0 Omni and O1 for videos, the Kling Image models (except 2.1) for pictures.</source>
        <translation>用照片或一段短视频保存在你可灵账号中的角色和物体。使用支持元素的模型时，在提示词中写 @名称 即可重现它：视频可用可灵 3.0、可灵 3.0 Omni 和 O1，图片可用可灵图像模型（2.1 除外）。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="249" />
        <source>No elements of yours yet: make one with New element…</source>
        <translation>你还没有自己的元素：用“新建元素…”生成一个。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="282" />
        <source>Asking Kling for your elements…</source>
        <translation>正在向可灵查询您的元素…</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="291" />
        <source>Kling could not be asked ({why}): showing what was seen last.</source>
        <translation>无法连接可灵（{why}）：显示上次看到的内容。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="296" />
        <source>Up to date.</source>
        <translation>已是最新。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="319" />
        <source>“{name}” is ready: write @{name} in a prompt to use it.</source>
        <translation>“{name}”已就绪：在提示词中写 @{name} 即可使用。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="324" />
        <source>Kling did not say why.</source>
        <translation>可灵没有说明原因。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="326" />
        <source>Kling could not make “{name}”: {why}</source>
        <translation>可灵无法生成“{name}”：{why}</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="333" />
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="352" />
        <source>Sending it to Kling…</source>
        <translation>正在发送给可灵…</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="364" />
        <source>Kling did not make the element: {why}</source>
        <translation>可灵未能生成该元素：{why}</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="369" />
        <source>Kling is making the element; it usually takes a minute or two.</source>
        <translation>可灵正在生成该元素，通常需要一两分钟。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="378" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="379" />
        <source>The name you write after @ in prompts (Kling keeps “{kling}”):</source>
        <translation>在提示词中 @ 后写的名称（可灵仍保留“{kling}”）：</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="389" />
        <source>Another element is already called “{name}”.</source>
        <translation>已有一个元素叫“{name}”。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="405" />
        <source>Delete the element “{name}” from your Kling account? Videos already made keep it; new ones cannot use it.</source>
        <translation>要从您的可灵账号中删除元素“{name}”吗？已生成的视频不受影响；新视频将无法使用它。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="416" />
        <source>“{name}” could not be deleted: {why}</source>
        <translation>无法删除“{name}”：{why}</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="421" />
        <source>“{name}” was deleted.</source>
        <translation>已删除“{name}”。</translation>
    </message>
</context>
<context>
    <name>ElementsField</name>
    <message>
        <location filename="../ui/form_fields.py" line="610" />
        <source>Insert element</source>
        <extracomment>Asked for the elements a prompt may name: [(name, element id)] of the connection.</extracomment>
        <translation>插入元素</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="640" />
        <source>No elements yet</source>
        <translation>还没有元素</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="640" />
        <source>Manage elements…</source>
        <translation>管理元素…</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="683" />
        <source>Uses {names}</source>
        <translation>使用 {names}</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="685" />
        <source>Write @name in the prompt, or insert one.</source>
        <translation>在提示词中写 @名称，或插入一个。</translation>
    </message>
</context>
<context>
    <name>ExpandCanvas</name>
    <message>
        <location filename="../ui/expand_canvas.py" line="43" />
        <source>Drag an edge of the frame outward to extend that side.</source>
        <translation>向外拖动边框的一条边，即可扩展那一侧。</translation>
    </message>
    <message>
        <location filename="../ui/expand_canvas.py" line="175" />
        <source>your picture</source>
        <translation>您的图片</translation>
    </message>
</context>
<context>
    <name>ExpandForm</name>
    <message>
        <location filename="../ui/expand_form.py" line="60" />
        <source>To 16:9</source>
        <extracomment>Shapes people name, to say "about 16:9" of a new picture.</extracomment>
        <translation>扩成 16:9</translation>
    </message>
    <message>
        <location filename="../ui/expand_form.py" line="60" />
        <source>Add to the sides that make it 16:9</source>
        <translation>在需要的两侧增加，使其成为 16:9</translation>
    </message>
    <message>
        <location filename="../ui/expand_form.py" line="61" />
        <source>To 9:16</source>
        <translation>扩成 9:16</translation>
    </message>
    <message>
        <location filename="../ui/expand_form.py" line="61" />
        <source>Add to the sides that make it 9:16</source>
        <translation>在需要的两侧增加，使其成为 9:16</translation>
    </message>
    <message>
        <location filename="../ui/expand_form.py" line="62" />
        <source>Square</source>
        <translation>方形</translation>
    </message>
    <message>
        <location filename="../ui/expand_form.py" line="62" />
        <source>Add to the sides that make it square</source>
        <translation>在需要的两侧增加，使其成为方形</translation>
    </message>
    <message>
        <location filename="../ui/expand_form.py" line="63" />
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../ui/expand_form.py" line="63" />
        <source>Add nothing on any side</source>
        <translation>各侧都不增加</translation>
    </message>
    <message>
        <location filename="../ui/expand_form.py" line="100" />
        <source>Choose the picture first: the shape starts from it.</source>
        <translation>请先选择图片：形状以它为起点。</translation>
    </message>
    <message>
        <location filename="../ui/expand_form.py" line="118" />
        <source>The new picture: {times}× the original's area.</source>
        <translation>新图片：原图面积的 {times} 倍。</translation>
    </message>
    <message>
        <location filename="../ui/expand_form.py" line="127" />
        <source>The new picture: {w} × {h} ({shape}), {times}× the original's area.</source>
        <translation>新图片：{w} × {h}（{shape}），原图面积的 {times} 倍。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../ui/history_export.py" line="41" />
        <source>Export as ZIP</source>
        <translation>导出为 ZIP</translation>
    </message>
    <message>
        <location filename="../ui/history_export.py" line="43" />
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/history_export.py" line="51" />
        <source>Export to a folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../ui/history_export.py" line="61" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../ui/history_export.py" line="71" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/history_export.py" line="72" />
        <source>The export could not be written: {error}</source>
        <translation>无法写入导出内容：{error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_export.py" line="76" />
        <source>Exported %n file(s) to {target}.</source>
        <translation>
            <numerusform>已导出 %n 个文件到 {target}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_export.py" line="81" />
        <source>%n file(s) were missing from the disk and are only named in the JSON file.</source>
        <translation>
            <numerusform>有 %n 个文件已不在磁盘上，只在 JSON 文件中列出名称。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../ui/help_menu.py" line="59" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="62" />
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="63" />
        <source>&amp;Where my files are…</source>
        <translation>我的文件在哪里(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="64" />
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="66" />
        <source>&amp;About Kling Desktop</source>
        <translation>关于 Kling Desktop(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="79" />
        <source>Anywhere</source>
        <translation>任何位置</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="79" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="99" />
        <source>Viewing a picture</source>
        <translation>查看图片时</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="100" />
        <source>Playing a video</source>
        <translation>播放视频时</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="105" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="109" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="109" />
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="139" />
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="141" />
        <source>Every picture, video and sound, saved as soon as it arrives.</source>
        <translation>每张图片、每个视频和声音，一到就保存。</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="147" />
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="149" />
        <source>Every picture, saved as soon as it arrives.</source>
        <translation>每张图片，一到就保存。</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="152" />
        <source>Videos and sounds</source>
        <translation>视频和声音</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="154" />
        <source>Every video and sound, saved as soon as it arrives.</source>
        <translation>每个视频和声音，一到就保存。</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="159" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="161" />
        <source>Each job's prompt, settings and thumbnails (history.sqlite).</source>
        <translation>每个任务的提示词、设置和缩略图（history.sqlite）。</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="163" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="163" />
        <source>Connections and choices; no keys.</source>
        <translation>连接和各项选择；不含密钥。</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="164" />
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="164" />
        <source>What the app did, for a bug report.</source>
        <translation>应用做过的事，可用于报告问题。</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="170" />
        <source>Where my files are</source>
        <translation>我的文件在哪里</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="174" />
        <source>Kling deletes its copies of results after 30 days; the app keeps its own here, for as long as you like. Keys are kept by your system's keyring, not in these folders. A different folder for results can be chosen in Settings.</source>
        <translation>可灵会在 30 天后删除它保存的结果；本应用在这里保留自己的副本，想留多久就留多久。密钥由系统的钥匙串保管，不在这些文件夹里。可以在“设置”中为结果选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="189" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="212" />
        <source>&lt;h3&gt;Kling Desktop {version}&lt;/h3&gt;&lt;p&gt;Make pictures, videos and sounds with Kling AI, and keep every result with its prompt and settings, on your computer.&lt;/p&gt;&lt;p&gt;An independent app that speaks Kling's public API; it is not made by Kling. What you generate is charged by Kling to your account.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python} · Qt {qt} · {system}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kling Desktop {version}&lt;/h3&gt;&lt;p&gt;用可灵 AI 生成图片、视频和声音，并把每个结果连同提示词和设置保存在你的电脑上。&lt;/p&gt;&lt;p&gt;这是一个使用可灵公开 API 的独立应用，并非可灵出品。你生成的内容由可灵从你的账户扣费。&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python} · Qt {qt} · {system}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="226" />
        <source>About Kling Desktop</source>
        <translation>关于 Kling Desktop</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../ui/history_actions.py" line="151" />
        <source>Reuse settings</source>
        <translation>沿用设置</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="155" />
        <source>Fill the form with everything this job used, pictures included.</source>
        <translation>用这个任务的全部设置（包括图片）填写表单。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="159" />
        <location filename="../ui/history_actions.py" line="459" />
        <source>Run again</source>
        <translation>再次生成</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="163" />
        <source>Send the same request again, as a new job (charged again).</source>
        <translation>把同样的请求作为新任务再发送一次（会再次扣费）。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="184" />
        <source>Compare side by side</source>
        <translation>并排比较</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="189" />
        <source>Select 2 to 4 results to see them together, their different settings marked.</source>
        <translation>选择 2 到 4 个结果并排查看，不同的设置会被标出。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="168" />
        <source>Show what came from what</source>
        <translation>显示来龙去脉</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="172" />
        <source>List only this result, what it was made from and what was made from it.</source>
        <translation>只列出这个结果、它的来源，以及由它生成的结果。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="139" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="143" />
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="195" />
        <source>Copy prompt</source>
        <translation>复制提示词</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="204" />
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="213" />
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="220" />
        <source>Edit tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="238" />
        <source>Export to a folder…</source>
        <translation>导出到文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="245" />
        <source>Export as ZIP…</source>
        <translation>导出为 ZIP…</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="253" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="257" />
        <source>Move the files to the trash and remove the jobs from the history.</source>
        <translation>把文件移到回收站，并从历史记录中移除这些任务。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="263" />
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="225" />
        <location filename="../ui/history_actions.py" line="583" />
        <source>Download again</source>
        <translation>重新下载</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="231" />
        <source>Locate file…</source>
        <translation>查找文件…</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="117" />
        <source>Search the history</source>
        <extracomment>Where its shortcut works: the window (None), or the history list (and its children, with `children`) only. Every action, in menu order (None: a separator).</extracomment>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="176" />
        <source>Show its batch</source>
        <translation>显示它所在的批次</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="180" />
        <source>List only the jobs made with this one by “Several at once…”.</source>
        <translation>只列出与它一起通过“一次多个…”创建的任务。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="443" />
        <source>The form now holds that job's settings. Change anything, then Generate.</source>
        <translation>表单已填入该任务的设置。可以修改任意内容，然后点“生成”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_actions.py" line="461" />
        <source>Send %n job(s) again? Each one is a new task and is charged again.</source>
        <translation>
            <numerusform>再次发送 %n 个任务？每个都是新任务，会再次扣费。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="465" />
        <source>Send again</source>
        <translation>再次发送</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="466" />
        <source>Don't send</source>
        <translation>不发送</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="471" />
        <source>Queued again.</source>
        <translation>已重新排队。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="561" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="562" />
        <source>Tags for this job, separated by commas:</source>
        <translation>此任务的标签，用逗号分隔：</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="576" />
        <source>Downloading the files again…</source>
        <translation>正在重新下载文件…</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="585" />
        <source>The files are back on your disk.</source>
        <translation>文件已重新保存到您的磁盘。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="593" />
        <source>Where is the file now?</source>
        <translation>文件现在在哪里？</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="612" />
        <source>Locate file</source>
        <translation>查找文件</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="614" />
        <source>This file is not the one the app saved (its content differs). Use it anyway?</source>
        <translation>这不是应用当初保存的文件（内容不同）。仍要使用它吗？</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="616" />
        <source>Use this file</source>
        <translation>使用此文件</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="617" />
        <source>Choose another</source>
        <translation>另选一个</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../ui/history_panel.py" line="121" />
        <source>Search prompts and tags</source>
        <translation>搜索提示词和标签</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="124" />
        <source>Type words from a prompt or a tag; results appear as you type (Ctrl+F).</source>
        <translation>输入提示词或标签中的文字，结果随输入即时显示（Ctrl+F）。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="131" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="134" />
        <source>Show only one kind of result.</source>
        <translation>只显示一种类型的结果。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="136" />
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="137" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="138" />
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="139" />
        <source>Failed or cancelled</source>
        <translation>失败或已取消</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="140" />
        <source>Show only jobs in this state.</source>
        <translation>只显示处于此状态的任务。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="144" />
        <source>Show only your favourites.</source>
        <translation>只显示您的收藏。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="146" />
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="147" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="148" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="149" />
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="150" />
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="151" />
        <source>Between dates…</source>
        <translation>指定日期范围…</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="152" />
        <source>Show only jobs started in this period.</source>
        <translation>只显示在此期间开始的任务。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="154" />
        <source>Show only results of one model.</source>
        <translation>只显示某个模型的结果。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="157" />
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="158" />
        <source>Oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="168" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="170" />
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="217" />
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="218" />
        <source>Back to the whole history.</source>
        <translation>回到完整的历史记录。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="222" />
        <source>Cancel the rest</source>
        <translation>取消其余的</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="223" />
        <source>Cancel this batch's jobs that are not sent yet.</source>
        <translation>取消这批中尚未发送的任务。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="229" />
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="230" />
        <source>The batch's results side by side, with what differs.</source>
        <translation>并排查看这批任务的结果，并标出不同之处。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="248" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="330" />
        <source>What came from what around “{prompt}”</source>
        <translation>“{prompt}”的来龙去脉</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="331" />
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="345" />
        <source>Batch “{name}”: {count} jobs</source>
        <translation>批次“{name}”：{count} 个任务</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="365" />
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="374" />
        <location filename="../ui/history_panel.py" line="383" />
        <source>All models</source>
        <translation>全部模型</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_panel.py" line="393" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="397" />
        <source>Nothing matches. Try fewer words or clear the filters.</source>
        <translation>没有匹配的结果。试试少输入几个词，或清除筛选条件。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="399" />
        <source>Your results will be listed here, with their prompts and settings.</source>
        <translation>您的结果会连同提示词和设置列在这里。</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../ui/widgets.py" line="160" />
        <location filename="../ui/widgets.py" line="244" />
        <source>Drop an image here, paste it, or choose a file</source>
        <extracomment>A picture to load: its bytes, its file, or a function that gives its bytes (run on a worker: a video's last frame, say).</extracomment>
        <translation>把图片拖到这里、粘贴，或选择文件</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="166" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="167" />
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="168" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="183" />
        <source>Paste an image you copied ({keys})</source>
        <translation>粘贴已复制的图片（{keys}）</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="195" />
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="197" />
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="207" />
        <source>The clipboard holds no image.</source>
        <translation>剪贴板里没有图片。</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="227" />
        <source>Preparing the image…</source>
        <translation>正在处理图片…</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="255" />
        <source>{w}×{h} pixels, {kb} KB</source>
        <translation>{w}×{h} 像素，{kb} KB</translation>
    </message>
</context>
<context>
    <name>LipSyncForm</name>
    <message>
        <location filename="../ui/lip_sync_form.py" line="36" />
        <source>Find the faces</source>
        <translation>识别人脸</translation>
    </message>
    <message>
        <location filename="../ui/lip_sync_form.py" line="38" />
        <source>Kling looks for the faces in the video; you then choose the one that speaks.</source>
        <translation>可灵会识别视频中的人脸，然后由你选择说话的那一张。</translation>
    </message>
    <message>
        <location filename="../ui/lip_sync_form.py" line="82" />
        <source>Free in demo mode.</source>
        <translation>演示模式免费。</translation>
    </message>
    <message>
        <location filename="../ui/lip_sync_form.py" line="84" />
        <source>Kling charges 0.05 units to look.</source>
        <translation>可灵识别一次收取 0.05 点。</translation>
    </message>
    <message>
        <location filename="../ui/lip_sync_form.py" line="102" />
        <source>Kling is looking for faces…</source>
        <translation>可灵正在识别人脸…</translation>
    </message>
    <message>
        <location filename="../ui/lip_sync_form.py" line="138" />
        <source>Kling found no face in this video.</source>
        <translation>可灵在这个视频中没有找到人脸。</translation>
    </message>
    <message>
        <location filename="../ui/lip_sync_form.py" line="143" />
        <source>Face {n}
{start}–{end} s</source>
        <translation>人脸 {n}
{start}–{end} 秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lip_sync_form.py" line="156" />
        <source>Kling found %n face(s): choose the one that speaks.</source>
        <translation>
            <numerusform>可灵找到了 %n 张人脸：请选择要说话的那一张。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="98" />
        <location filename="../ui/main_window.py" line="190" />
        <location filename="../ui/main_window.py" line="205" />
        <location filename="../ui/main_window.py" line="391" />
        <source>Kling Desktop</source>
        <extracomment>Say, when quitting with jobs running, that they go on next time (the app sets it; tests close windows without being asked).</extracomment>
        <translation>Kling Desktop</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="102" />
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Results are placeholders made by the built-in sandbox on this computer; nothing is sent to Kling and nothing is charged. &lt;a href='connect' style='color: white'&gt;Use my own key…&lt;/a&gt;</source>
        <translation>&lt;b&gt;演示模式。&lt;/b&gt;结果是本机内置模拟服务生成的占位内容；不会发送到可灵，也不会扣费。&lt;a href='connect' style='color: white'&gt;使用我自己的密钥…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="115" />
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="130" />
        <source>Create</source>
        <translation>创作</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="131" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="132" />
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="134" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="136" />
        <source>Open the &amp;pictures folder</source>
        <translation>打开图片文件夹(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="138" />
        <source>Open the &amp;videos folder</source>
        <translation>打开视频文件夹(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="140" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="144" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="147" />
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="148" />
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="151" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="155" />
        <source>Reset the layout</source>
        <translation>恢复默认布局</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="264" />
        <source>What you want to make: each has its own settings below.</source>
        <translation>您想生成的内容：每种都有下方各自的设置。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="319" />
        <source>Make</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="448" />
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="532" />
        <source>The job was not started</source>
        <translation>任务未能开始</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="568" />
        <source>Your result is ready</source>
        <translation>生成结果已就绪</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="614" />
        <source>Sent to the queue. You can keep working meanwhile.</source>
        <translation>已加入队列。您可以同时继续操作。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="644" />
        <source>Kling did not make it.</source>
        <translation>可灵没有生成它。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="665" />
        <source>%n job(s) sent to the queue. You can keep working meanwhile.</source>
        <translation>
            <numerusform>已将 %n 个任务加入队列。您可以继续工作。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="686" />
        <location filename="../ui/main_window.py" line="739" />
        <source>Not enough units</source>
        <translation>点数不足</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="688" />
        <source>This batch costs about {needed} {kind}, and your packs have {left} left. Kling will probably refuse the jobs it cannot cover. Send it anyway?</source>
        <translation>这批任务约需 {needed} {kind}，而您的资源包只剩 {left}。Kling 可能会拒绝无法覆盖的任务。仍然发送吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="721" />
        <source>%n waiting job(s) of the batch cancelled.</source>
        <translation>
            <numerusform>已取消这批中 %n 个等待中的任务。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="741" />
        <source>This job costs about {needed} {kind}, and your packs have {left} left. Kling will probably refuse it. Send it anyway?</source>
        <translation>这个任务大约需要 {needed} {kind}，而你的资源包只剩 {left}。可灵很可能会拒绝。仍要发送吗？</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="693" />
        <location filename="../ui/main_window.py" line="748" />
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="694" />
        <location filename="../ui/main_window.py" line="749" />
        <source>Don't send</source>
        <translation>不发送</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="771" />
        <source>Quit Kling Desktop</source>
        <translation>退出可灵桌面版</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="773" />
        <source>Not finished yet: %n job(s). Kling goes on making them; they are picked up and saved the next time you open Kling Desktop (within 30 days).</source>
        <translation>
            <numerusform>还有 %n 个任务未完成。可灵会继续生成；下次打开可灵桌面版时（30 天内）会取回并保存。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="778" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="779" />
        <source>Stay</source>
        <translation>留下</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../ui/model_picker.py" line="19" />
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="20" />
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="21" />
        <source>Sound</source>
        <translation>有声</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="22" />
        <source>4K</source>
        <translation>4K</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="23" />
        <source>Storyboard</source>
        <translation>分镜</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="24" />
        <source>Budget</source>
        <translation>实惠</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="41" />
        <source>video units</source>
        <translation>视频点数</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="42" />
        <source>picture units</source>
        <translation>图片点数</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="43" />
        <source>sound units</source>
        <translation>音频点数</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="47" />
        <source>{units} {pack} a second</source>
        <translation>每秒 {units} {pack}</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="49" />
        <source>{units} {pack} a result</source>
        <translation>每个结果 {units} {pack}</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="51" />
        <source>{units} {pack} a job</source>
        <translation>每个任务 {units} {pack}</translation>
    </message>
    <message>
        <location filename="../ui/model_picker.py" line="53" />
        <source>from {price}</source>
        <translation>{price} 起</translation>
    </message>
</context>
<context>
    <name>NewElementDialog</name>
    <message>
        <location filename="../ui/elements_dialog.py" line="61" />
        <source>New element</source>
        <translation>新建元素</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="79" />
        <source>e.g. Mia</source>
        <translation>例如 小美</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="81" />
        <source>What you write after @ in a prompt to bring it back (at most 20 letters).</source>
        <translation>在提示词中 @ 后写的名称，用来重现它（最多 20 个字）。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="85" />
        <source>e.g. a woman in her thirties, red coat</source>
        <translation>例如 三十多岁的女性，红色外套</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="86" />
        <source>A few words Kling uses along with the photos.</source>
        <translation>可灵会结合照片使用的几句描述。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="64" />
        <location filename="../ui/elements_dialog.py" line="87" />
        <location filename="../ui/elements_dialog.py" line="97" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="65" />
        <source>A video of a person</source>
        <translation>一段人物视频</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="70" />
        <source>No video of yours is still kept by Kling (30 days).</source>
        <translation>可灵已不再保留你的任何视频（保留期 30 天）。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="72" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="75" />
        <source>A voice of yours or Kling's that the element speaks with.</source>
        <translation>元素说话时使用的音色（你的或可灵的）。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="89" />
        <source>1 to 4 photos: the first shows the front; the others other sides or details.</source>
        <translation>1 到 4 张照片：第一张为正面，其余为其他角度或细节。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="94" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="95" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="96" />
        <source>Made from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="98" />
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="99" />
        <source>Voice</source>
        <translation>音色</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="103" />
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="105" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="135" />
        <source>Give it a name.</source>
        <translation>请起个名字。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="137" />
        <source>Another element is already called “{name}”.</source>
        <translation>已有一个元素叫“{name}”。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="139" />
        <source>Describe it in a few words.</source>
        <translation>请用几句话描述它。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="143" />
        <source>Choose one of your videos: Kling takes videos only by address.</source>
        <translation>请选择你的一个视频：可灵只通过网址接收视频。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="147" />
        <source>This video is {s} seconds long; Kling makes elements from 3 to 8 seconds of video.</source>
        <translation>这个视频长 {s} 秒；可灵只能用 3 到 8 秒的视频制作元素。</translation>
    </message>
    <message>
        <location filename="../ui/elements_dialog.py" line="152" />
        <source>Add at least one photo, the front view first.</source>
        <translation>请至少添加一张照片，第一张为正面。</translation>
    </message>
</context>
<context>
    <name>NewVoiceDialog</name>
    <message>
        <location filename="../ui/voices_dialog.py" line="42" />
        <source>New voice</source>
        <translation>新建音色</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="45" />
        <source>At most 20 characters</source>
        <translation>最多 20 个字符</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="46" />
        <source>A clip's web address</source>
        <translation>音频片段的网址</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="47" />
        <source>One of my videos</source>
        <translation>我的一个视频</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="54" />
        <source>No video of yours is still kept by Kling (30 days).</source>
        <translation>可灵已不再保留你的任何视频（保留期 30 天）。</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="62" />
        <source>5 to 30 seconds of one clean voice, without music or noise (MP3, WAV, MP4 or MOV). From a video: a Kling 2.6 video made with sound, a talking photo or a lip-sync. Kling charges 0.05 units.</source>
        <translation>5 到 30 秒、只有一个人声的干净音频，不含音乐或噪音（MP3、WAV、MP4 或 MOV）。来自视频时：须是带声音的可灵 2.6 视频、照片说话或对口型视频。可灵收取 0.05 点。</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="71" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="77" />
        <source>Make it</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="91" />
        <source>Give the voice a name.</source>
        <translation>请为音色取个名字。</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="95" />
        <source>Paste the clip's web address (https://…).</source>
        <translation>请粘贴音频片段的网址（https://…）。</translation>
    </message>
</context>
<context>
    <name>OperationForm</name>
    <message>
        <location filename="../ui/forms.py" line="96" />
        <source>The model's id, e.g. kling-3.0</source>
        <translation>模型编号，例如 kling-3.0</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="99" />
        <source>A model this app does not list yet. It is sent as typed; Kling's server decides what it accepts.</source>
        <translation>本应用尚未列出的模型。会按输入原样发送；由可灵服务器决定接受哪些设置。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="111" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="113" />
        <source>Kling's model: newer ones look better; some cost more.</source>
        <translation>可灵的模型：越新效果越好，有些价格更高。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="118" />
        <source>More settings</source>
        <translation>更多设置</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="163" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="167" />
        <source>Start this job ({keys})</source>
        <translation>开始这个任务（{keys}）</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="172" />
        <source>Several at once…</source>
        <translation>一次多个…</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="174" />
        <source>Several prompts, or these settings across models, lengths and shapes</source>
        <translation>多个提示词，或将这些设置用于多个模型、时长和画面比例</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="251" />
        <source>Other model…</source>
        <translation>其他模型…</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="290" />
        <source>Not in the app's model list: Kling's server decides what it accepts.</source>
        <translation>不在本应用的模型列表中：由可灵服务器决定接受哪些设置。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="424" />
        <source>Ready. {keys} generates from anywhere in the form.</source>
        <translation>已就绪。在表单任意位置按 {keys} 即可生成。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="428" />
        <source>Generate is off until the problems above are fixed ({n}).</source>
        <translation>请先解决上面的问题（{n} 个），才能生成。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="440" />
        <source>Free in demo mode</source>
        <translation>演示模式免费</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="444" />
        <source>Price: Kling's server decides</source>
        <translation>价格：由可灵服务器决定</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="448" />
        <source>video units</source>
        <translation>视频点数</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="449" />
        <source>picture units</source>
        <translation>图片点数</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="454" />
        <source>{units} {pack} a second of what Kling makes</source>
        <translation>可灵生成的每秒 {units} {pack}</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="461" />
        <source>{left} left</source>
        <translation>剩余 {left}</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="450" />
        <source>sound units</source>
        <translation>音频点数</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="458" />
        <source>About {units} {pack}</source>
        <translation>约 {units} {pack}</translation>
    </message>
</context>
<context>
    <name>PictureList</name>
    <message>
        <location filename="../ui/widgets.py" line="378" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="379" />
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="380" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="401" />
        <source>Choose pictures</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="403" />
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="413" />
        <source>The clipboard holds no image.</source>
        <translation>剪贴板中没有图片。</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="436" />
        <source>At most {n} pictures.</source>
        <translation>最多 {n} 张图片。</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="438" />
        <source>Preparing the image…</source>
        <translation>正在准备图片…</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="474" />
        <source>Drop pictures here, paste one, or add up to {n}.</source>
        <translation>把图片拖到这里、粘贴，或添加最多 {n} 张。</translation>
    </message>
</context>
<context>
    <name>ProgressCard</name>
    <message>
        <location filename="../ui/progress_card.py" line="77" />
        <source>Cancel this job</source>
        <extracomment>The prompt is shown up to this many characters (the details have all of it). Connections paused until the user fixes them (the window keeps this up to date).</extracomment>
        <translation>取消此任务</translation>
    </message>
    <message>
        <location filename="../ui/progress_card.py" line="79" />
        <source>Stop waiting for this result. A job Kling has started may still be charged.</source>
        <translation>不再等待此结果。可灵已开始的任务仍可能扣费。</translation>
    </message>
    <message>
        <location filename="../ui/progress_card.py" line="82" />
        <source>Fix the connection…</source>
        <translation>修复连接…</translation>
    </message>
    <message>
        <location filename="../ui/progress_card.py" line="84" />
        <source>Change the key or address; the waiting jobs then go on by themselves.</source>
        <translation>更改密钥或地址；等待中的任务随后会自动继续。</translation>
    </message>
    <message>
        <location filename="../ui/progress_card.py" line="135" />
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message>
        <location filename="../ui/progress_card.py" line="194" />
        <source>{time} so far</source>
        <translation>已用时 {time}</translation>
    </message>
    <message>
        <location filename="../ui/progress_card.py" line="209" />
        <source>{so_far} · usually about {typical} here</source>
        <translation>{so_far} · 通常约需 {typical}</translation>
    </message>
    <message>
        <location filename="../ui/progress_card.py" line="215" />
        <source>{so_far} · longer than usual (about {typical})</source>
        <translation>{so_far} · 比平时更久（通常约 {typical}）</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../ui/words.py" line="93" />
        <source>Waiting in the demo</source>
        <translation>在演示中等待</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="94" />
        <source>The demo is making it</source>
        <translation>演示正在生成</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="97" />
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="98" />
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="99" />
        <source>Waiting on Kling</source>
        <translation>等待可灵处理</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="100" />
        <source>Kling is making it</source>
        <translation>可灵正在生成</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="101" />
        <source>Saving the result</source>
        <translation>正在保存结果</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="102" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="103" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="104" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="64" />
        <source>Kind</source>
        <extracomment>Ended jobs the queue keeps listed; older ones leave it (the history keeps them all), so a session of many batches does not grow the window without end.</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="65" />
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="66" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="67" />
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="69" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="129" />
        <source>Stop this job</source>
        <translation>停止此任务</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue_panel.py" line="169" />
        <source>%n file(s) saved; double-click to open</source>
        <translation>
            <numerusform>已保存 %n 个文件；双击打开</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="128" />
        <location filename="../ui/queue_panel.py" line="217" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="219" />
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="221" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="222" />
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="223" />
        <source>Copy prompt</source>
        <translation>复制提示词</translation>
    </message>
</context>
<context>
    <name>ReadyNotice</name>
    <message>
        <location filename="../ui/progress_card.py" line="237" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../ui/progress_card.py" line="240" />
        <source>Not now</source>
        <translation>稍后</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/progress_card.py" line="255" />
        <source>%n new results are ready. The last one: “{prompt}”</source>
        <translation>
            <numerusform>%n 个新结果已完成。最新一个：“{prompt}”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/progress_card.py" line="257" />
        <source>Your result is ready: “{prompt}”</source>
        <translation>您的结果已完成：“{prompt}”</translation>
    </message>
    <message>
        <location filename="../ui/progress_card.py" line="258" />
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message>
        <location filename="../ui/progress_card.py" line="238" />
        <source>Show it in the middle and select it in the history.</source>
        <translation>在中间显示，并在历史中选中它。</translation>
    </message>
</context>
<context>
    <name>ResultViewer</name>
    <message>
        <location filename="../ui/viewer.py" line="133" />
        <location filename="../ui/viewer.py" line="319" />
        <source>Choose a result in the history to see it here, or make a new one.</source>
        <translation>在历史记录中选择一个结果在这里查看，或者生成一个新的。</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="152" />
        <source>Download again</source>
        <translation>重新下载</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="154" />
        <source>Fetch the file again from Kling's server while it still keeps it.</source>
        <translation>趁可灵服务器还保存着，重新获取这个文件。</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="156" />
        <source>Locate file…</source>
        <translation>查找文件…</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="157" />
        <source>Show the app where the file is now.</source>
        <translation>告诉应用文件现在的位置。</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="181" />
        <source>Every picture this job made.</source>
        <translation>此任务生成的所有图片。</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="189" />
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="189" />
        <source>Fit to the window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="192" />
        <source>Actual pixels</source>
        <translation>实际像素</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="195" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="198" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="192" />
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="200" />
        <source>Play video</source>
        <translation>播放视频</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="201" />
        <source>Play this video here, with its controls.</source>
        <translation>在这里播放这段视频，并显示播放控制。</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="268" />
        <source>Result {n}</source>
        <translation>结果 {n}</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="275" />
        <source>Result {n}: the sound</source>
        <translation>结果 {n}：声音</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="320" />
        <source>This job has no result. The details below say why.</source>
        <translation>此任务没有结果，原因见下方详细信息。</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="342" />
        <source>This file is no longer where it was saved (moved or deleted outside the app). Kling still keeps a copy: download it again, or show where it is now.</source>
        <translation>这个文件已不在保存的位置（在应用之外被移动或删除）。可灵仍保存着副本：可以重新下载，或告诉应用它现在的位置。</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="347" />
        <source>This file is no longer where it was saved, and Kling's copy has expired. If you moved it, show the app where it is now.</source>
        <translation>这个文件已不在保存的位置，而且可灵的副本已过期。如果您移动过它，请告诉应用它现在的位置。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="40" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="44" />
        <location filename="../ui/settings_dialog.py" line="48" />
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="49" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="50" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="52" />
        <source>Your Pictures and Videos folders</source>
        <translation>您的“图片”和“视频”文件夹</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="54" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="60" />
        <source>Left empty: pictures go to {pictures}
and videos to {videos}</source>
        <translation>留空时：图片保存到 {pictures}
视频保存到 {videos}</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="64" />
        <source>Left empty: results go to {pictures}</source>
        <translation>留空时：结果保存到 {pictures}</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="74" />
        <source>Automatic (recommended)</source>
        <translation>自动（推荐）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="78" />
        <source>How many jobs of one connection may be on Kling's servers at once. Automatic uses every task your resource packs allow at once, as Kling says it, and never more.</source>
        <translation>同一连接最多可同时在 Kling 服务器上运行多少个任务。“自动”会用满您的资源包按 Kling 所说允许的同时任务数，绝不超出。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="84" />
        <source>Tell me when a result is ready while the window is in the background</source>
        <translation>窗口在后台时，结果就绪后通知我</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="88" />
        <source>https://… (optional)</source>
        <translation>https://…（可选）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="91" />
        <source>Where to look for a newer list of Kling's models when the app starts. A list that is not valid, or not newer, is not used.</source>
        <translation>应用启动时从哪里获取更新的可灵模型列表。无效或不比当前新的列表不会被使用。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="99" />
        <source>Look</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="100" />
        <source>Save results in</source>
        <translation>结果保存位置</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="101" />
        <source>Jobs running together</source>
        <translation>同时运行的任务数</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103" />
        <source>Model list address</source>
        <translation>模型列表地址</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="107" />
        <source>A new language applies when Kling Desktop is started again.</source>
        <translation>新的语言将在重新启动 Kling Desktop 后生效。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="130" />
        <source>Where should results be saved?</source>
        <translation>结果保存到哪里？</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="139" />
        <source>The model list address must start with https://.</source>
        <translation>模型列表地址必须以 https:// 开头。</translation>
    </message>
</context>
<context>
    <name>ShotsField</name>
    <message>
        <location filename="../ui/form_fields.py" line="515" />
        <source>Add a shot</source>
        <translation>添加镜头</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="536" />
        <source>Shot {n}: what happens</source>
        <translation>第 {n} 个镜头：发生了什么</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="539" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="543" />
        <source>Remove this shot</source>
        <translation>删除这个镜头</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/form_fields.py" line="565" />
        <source>%n shot(s), {s} s in all</source>
        <translation>
            <numerusform>共 %n 个镜头，合计 {s} 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="567" />
        <source>One shot: the prompt above. Add shots to tell it step by step.</source>
        <translation>一个镜头：即上面的提示词。添加镜头可以分步讲述。</translation>
    </message>
</context>
<context>
    <name>SoundField</name>
    <message>
        <location filename="../ui/form_fields.py" line="698" />
        <source>Choose a sound…</source>
        <translation>选择声音…</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="700" />
        <source>From my sounds</source>
        <translation>从我的声音</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="705" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="706" />
        <source>Words in a voice…</source>
        <translation>用音色说话…</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="708" />
        <source>Type what is said and choose a voice: Kling speaks it first (Speech).</source>
        <translation>输入要说的话并选择音色：可灵会先把它说出来（语音）。</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="747" />
        <source>Kling is saying the words…</source>
        <translation>可灵正在说这段话…</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="765" />
        <source>Choose a sound</source>
        <translation>选择声音</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="767" />
        <source>Sounds (*.mp3 *.wav *.m4a *.aac);;All files (*)</source>
        <translation>声音 (*.mp3 *.wav *.m4a *.aac);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="778" />
        <source>No sound of yours is saved yet.</source>
        <translation>还没有保存你的声音。</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="780" />
        <source>(no words)</source>
        <translation>（无文字）</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="782" />
        <location filename="../ui/form_fields.py" line="839" />
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="806" />
        <source>Reading the sound…</source>
        <translation>正在读取声音…</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="834" />
        <source>No sound yet.</source>
        <translation>还没有声音。</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="836" />
        <source>A sound</source>
        <translation>一段声音</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="837" />
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
</context>
<context>
    <name>SpeakDialog</name>
    <message>
        <location filename="../ui/speak_dialog.py" line="25" />
        <source>Words in a voice</source>
        <translation>用音色说话</translation>
    </message>
    <message>
        <location filename="../ui/speak_dialog.py" line="48" />
        <source>Say it</source>
        <translation>说出来</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../ui/words.py" line="112" />
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="115" />
        <source>%n min ago</source>
        <translation>%n 分钟前</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="120" />
        <source>%n h ago</source>
        <translation>%n 小时前</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="122" />
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="125" />
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="174" />
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="177" />
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="178" />
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
</context>
<context>
    <name>UrlField</name>
    <message>
        <location filename="../ui/form_fields.py" line="367" />
        <source>From my videos</source>
        <extracomment>From this many choices on, a drop-down can be searched by typing. Asked for a URL field's "From my results" menu: [(words, address)], newest first.</extracomment>
        <translation>从我的视频中选</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="388" />
        <source>No video of yours is still kept by Kling (30 days).</source>
        <translation>可灵已不再保留你的任何视频（保留期 30 天）。</translation>
    </message>
</context>
<context>
    <name>VideoField</name>
    <message>
        <location filename="../ui/form_fields.py" line="495" />
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="493" />
        <source>one of your videos</source>
        <translation>你的一段视频</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="500" />
        <source>Kling keeps it until {when}</source>
        <translation>可灵保存至 {when}</translation>
    </message>
</context>
<context>
    <name>VideoMenu</name>
    <message>
        <location filename="../ui/form_fields.py" line="417" />
        <source>No video of yours is still kept by Kling (30 days).</source>
        <translation>可灵已不再保存您的任何视频（30 天）。</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="421" />
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="423" />
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <location filename="../ui/video_player.py" line="37" />
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <location filename="../ui/video_player.py" line="38" />
        <source>One frame back</source>
        <translation>后退一帧</translation>
    </message>
    <message>
        <location filename="../ui/video_player.py" line="39" />
        <source>One frame on</source>
        <translation>前进一帧</translation>
    </message>
    <message>
        <location filename="../ui/video_player.py" line="40" />
        <source>Sound on or off</source>
        <translation>打开或关闭声音</translation>
    </message>
    <message>
        <location filename="../ui/video_player.py" line="80" />
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../ui/video_player.py" line="83" />
        <source>Play the video again and again.</source>
        <translation>反复播放视频。</translation>
    </message>
    <message>
        <location filename="../ui/video_player.py" line="88" />
        <source>Drag to move through the video.</source>
        <translation>拖动以在视频中定位。</translation>
    </message>
    <message>
        <location filename="../ui/video_player.py" line="110" />
        <source>A sound: it plays with the controls below.</source>
        <translation>这是一段声音：用下方的控件播放。</translation>
    </message>
</context>
<context>
    <name>VoicesDialog</name>
    <message>
        <location filename="../ui/voices_dialog.py" line="115" />
        <source>Voices</source>
        <translation>音色</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="118" />
        <source>Voices for Kling's videos: Kling's own, and yours made from a short clip. Speech chooses among its own voices in its form.</source>
        <translation>用于可灵视频的音色：可灵自带的，以及你用短音频制作的。语音功能在其表单中选择自己的音色。</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="124" />
        <source>Voice</source>
        <translation>音色</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="124" />
        <source>Kling's id</source>
        <translation>可灵 ID</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="130" />
        <source>New voice…</source>
        <translation>新建音色…</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="132" />
        <source>Play sample</source>
        <translation>试听</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="134" />
        <source>Copy id</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="136" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="138" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="166" />
        <source>Your voices</source>
        <translation>你的音色</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="167" />
        <source>Kling's voices</source>
        <translation>可灵的音色</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="169" />
        <source>None yet: make one with New voice…</source>
        <translation>还没有：用“新建音色…”制作一个</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="175" />
        <source>Not seen yet: asking Kling…</source>
        <translation>尚未获取：正在询问可灵…</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="189" />
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="191" />
        <source>being made</source>
        <translation>制作中</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="193" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="221" />
        <source>Asking Kling for the voices…</source>
        <translation>正在向可灵获取音色…</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="230" />
        <source>Up to date.</source>
        <translation>已是最新。</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="235" />
        <source>Kling could not be asked ({why}).</source>
        <translation>无法询问可灵（{why}）。</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="239" />
        <source>Kling could not be asked ({why}): the voices as seen on {day}.</source>
        <translation>无法询问可灵（{why}）：显示的是 {day} 获取的音色。</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="246" />
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="254" />
        <source>Asking Kling to make “{name}”…</source>
        <translation>正在请可灵制作“{name}”…</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="264" />
        <source>Kling did not make “{name}”: {why}</source>
        <translation>可灵没有制作“{name}”：{why}</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="270" />
        <source>Kling is making “{name}”.</source>
        <translation>可灵正在制作“{name}”。</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="289" />
        <source>Kling did not say why.</source>
        <translation>可灵没有说明原因。</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="291" />
        <source>Kling could not make “{name}”: {why}</source>
        <translation>可灵无法生成“{name}”：{why}</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="294" />
        <source>“{name}” is ready.</source>
        <translation>“{name}”已就绪。</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="307" />
        <source>Playing “{name}”…</source>
        <translation>正在播放“{name}”…</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="313" />
        <source>Copied the id of “{name}”.</source>
        <translation>已复制“{name}”的 ID。</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="325" />
        <source>Delete the voice “{name}” from your Kling account? Videos already made keep it; new ones cannot use it.</source>
        <translation>要从你的可灵账户删除音色“{name}”吗？已生成的视频会保留它；新视频将无法使用。</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="336" />
        <source>“{name}” could not be deleted: {why}</source>
        <translation>无法删除“{name}”：{why}</translation>
    </message>
    <message>
        <location filename="../ui/voices_dialog.py" line="341" />
        <source>Deleted “{name}”.</source>
        <translation>已删除“{name}”。</translation>
    </message>
</context>
<context>
    <name>VoicesField</name>
    <message>
        <location filename="../ui/form_fields.py" line="862" />
        <source>Insert voice</source>
        <translation>插入音色</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="868" />
        <source>No voices seen yet</source>
        <translation>还没有获取到音色</translation>
    </message>
    <message>
        <location filename="../ui/form_fields.py" line="868" />
        <source>Manage voices…</source>
        <translation>管理音色…</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../ui/words.py" line="60" />
        <source>{n} units</source>
        <translation>{n} 点</translation>
    </message>
</context>
<context>
    <name>_Pane</name>
    <message>
        <location filename="../ui/compare.py" line="108" />
        <location filename="../ui/compare.py" line="132" />
        <source>Keep this one</source>
        <translation>保留这个</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="110" />
        <source>Star it as a favourite; the others can go to the trash.</source>
        <translation>将其标为收藏；其余的可以移到回收站。</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="132" />
        <source>★ Kept</source>
        <translation>★ 已保留</translation>
    </message>
</context>
</TS>