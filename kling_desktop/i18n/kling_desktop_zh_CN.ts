<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../api/client.py" line="184"/>
        <source>The server&apos;s task list could not be understood.</source>
        <translation>无法理解服务器返回的任务列表。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="220"/>
        <source>result address</source>
        <translation>结果地址</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="273"/>
        <source>The server may have received this request, but the app could not check it. It will look the task up again before sending anything.</source>
        <translation>服务器可能已经收到这个请求，但应用暂时无法确认。在重新发送之前，应用会先再次查找这个任务。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="338"/>
        <source>The download was cut short. The app will try again.</source>
        <translation>下载中途中断，应用会重试。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="349"/>
        <source>The result file is larger than the {mb} MB limit.</source>
        <translation>结果文件超过了 {mb} MB 的上限。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="357"/>
        <source>The server no longer has this result (HTTP {status}). Kling deletes results after 30 days.</source>
        <translation>服务器上已没有这个结果（HTTP {status}）。可灵会在 30 天后删除生成结果。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="393"/>
        <source>The server sent something that is not the expected image or video.</source>
        <translation>服务器返回的内容不是预期的图片或视频。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="423"/>
        <source>A secure connection to the server could not be made. Check the server address; a company network or antivirus may be intercepting the connection.</source>
        <translation>无法与服务器建立安全连接。请检查服务器地址；公司网络或杀毒软件可能拦截了连接。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="430"/>
        <source>The server could not be reached. Check your internet connection and the server address.</source>
        <translation>无法连接到服务器。请检查网络连接和服务器地址。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="436"/>
        <source>The server took too long to answer.</source>
        <translation>服务器响应超时。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="438"/>
        <source>The server address is not a valid web address.</source>
        <translation>服务器地址不是有效的网址。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="439"/>
        <source>The connection to the server was interrupted.</source>
        <translation>与服务器的连接中断了。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="480"/>
        <source>an empty answer</source>
        <translation>空响应</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="482"/>
        <source>a web page</source>
        <translation>一个网页</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="484"/>
        <source>data without a result code</source>
        <translation>不含结果代码的数据</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="486"/>
        <source>text that is not JSON</source>
        <translation>非 JSON 文本</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="489"/>
        <source>The server sent {what} instead of an answer (HTTP {status}). This is usually a passing problem of the server or a relay; the app will try again.</source>
        <translation>服务器返回了{what}而不是正常响应（HTTP {status}）。这通常是服务器或中转的暂时性问题，应用会重试。</translation>
    </message>
    <message>
        <location filename="../api/client.py" line="496"/>
        <source>The server sent {what} instead of Kling&apos;s answer (HTTP {status}). Check the server address: it may not be a Kling API or relay.</source>
        <translation>服务器返回了{what}而不是可灵的响应（HTTP {status}）。请检查服务器地址：它可能不是可灵 API 或中转服务。</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="56"/>
        <source>The {what} “{url}” is not a web address. It should look like https://api.example.com</source>
        <extracomment>Official API hosts by region (kling-api.md §1). Users may also type their own.</extracomment>
        <translation>{what}“{url}”不是网址，格式应类似 https://api.example.com</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="65"/>
        <source>The {what} must start with https:// so your key travels encrypted (plain http is allowed only to this computer).</source>
        <translation>{what}必须以 https:// 开头，以便密钥加密传输（仅本机地址允许使用 http）。</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="120"/>
        <source>Enter the relay&apos;s API key.</source>
        <translation>请输入中转服务的 API 密钥。</translation>
    </message>
    <message>
        <location filename="../api/connection.py" line="136"/>
        <source>Enter both the access key and the secret key.</source>
        <translation>请同时输入 Access Key 和 Secret Key。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="154"/>
        <source>The request is not valid: {summary}</source>
        <translation>请求无效：{summary}</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="168"/>
        <source>The server received no API key. Enter your key in the connection settings.</source>
        <translation>服务器没有收到 API 密钥。请在连接设置中填写密钥。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="172"/>
        <source>The server refused the sign-in token as not yet valid or expired. Check that this computer&apos;s clock is set correctly.</source>
        <translation>服务器认为登录令牌尚未生效或已过期。请检查本机时间是否正确。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="176"/>
        <source>The server did not accept your API key. Check the key in the connection settings; it may have been mistyped, revoked or be for another server.</source>
        <translation>服务器不接受你的 API 密钥。请检查连接设置中的密钥：可能输错了、已被撤销，或属于其他服务器。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="183"/>
        <source>Your Kling account has a problem and cannot run tasks. Check the account on the Kling website.</source>
        <translation>你的可灵账户异常，无法执行任务。请到可灵网站检查账户。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="186"/>
        <source>Your Kling account is in arrears. Recharge it on the Kling website, then try again.</source>
        <translation>你的可灵账户已欠费。请到可灵网站充值后重试。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="188"/>
        <source>Your Kling resource pack is used up or has expired. Buy or renew a pack, then try again.</source>
        <translation>你的可灵资源包已用完或已过期。请购买或续费资源包后重试。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="219"/>
        <source>Your account may not use this feature or model ({detail}). Choose another model or check your plan.</source>
        <translation>你的账户无权使用这个功能或模型（{detail}）。请换一个模型或检查你的套餐。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="228"/>
        <source>The server refused this computer&apos;s IP address (IP allow-list). Add it to the allow-list in your Kling console.</source>
        <translation>服务器拒绝了本机的 IP 地址（IP 白名单）。请在可灵控制台中把它加入白名单。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="236"/>
        <source>The request was refused by the content safety rules. Change the prompt or the image and try again.</source>
        <translation>请求触发了内容安全规则。请修改提示词或图片后重试。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="243"/>
        <source>The server is receiving too many requests. The app will wait and try again.</source>
        <translation>服务器请求过多，应用会稍后重试。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="249"/>
        <source>All of your account&apos;s generation slots are busy. The job stays queued until one is free.</source>
        <translation>账户的并发名额已全部占用。任务会继续排队，直到有名额空出。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="257"/>
        <source>The server could not find what was asked for ({detail}).</source>
        <translation>服务器找不到请求的内容（{detail}）。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="264"/>
        <source>The server refused the request: {detail}</source>
        <translation>服务器拒绝了请求：{detail}</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="270"/>
        <source>The Kling server had a problem (HTTP {status}). The app will try again.</source>
        <translation>可灵服务器出现问题（HTTP {status}），应用会重试。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="278"/>
        <source>The server answered with an error the app does not know (HTTP {status}, code {code}): {detail}</source>
        <translation>服务器返回了应用无法识别的错误（HTTP {status}，代码 {code}）：{detail}</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="62"/>
        <location filename="../media/images.py" line="82"/>
        <source>{label}: the file {path} cannot be read ({reason}).</source>
        <translation>{label}：无法读取文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="80"/>
        <source>{label} must be a JPG or PNG image in Base64, not “{mime}”.</source>
        <translation>{label}必须是 Base64 编码的 JPG 或 PNG 图片，而不是“{mime}”。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="93"/>
        <source>{label} is neither a web address (http/https) nor Base64 image data.</source>
        <translation>{label}既不是网址（http/https），也不是 Base64 图片数据。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="103"/>
        <source>{label} is not a JPG or PNG image.</source>
        <translation>{label}不是 JPG 或 PNG 图片。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="107"/>
        <source>{label} is damaged: its size cannot be read.</source>
        <translation>{label}已损坏，无法读取尺寸。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="113"/>
        <source>{label} is {mb:.1f} MB; the limit is 10 MB.</source>
        <translation>{label}大小为 {mb:.1f} MB，上限为 10 MB。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="119"/>
        <source>{label} is {w}×{h} pixels; each side must be at least {min} pixels.</source>
        <translation>{label}为 {w}×{h} 像素，每条边至少需要 {min} 像素。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="130"/>
        <source>{label} is {w}×{h} pixels, too wide: it may be at most 2.5 times as wide as it is tall.</source>
        <translation>{label}为 {w}×{h} 像素，太宽了：宽度最多为高度的 2.5 倍。</translation>
    </message>
    <message>
        <location filename="../api/images.py" line="138"/>
        <source>{label} is {w}×{h} pixels, too tall: it may be at most 2.5 times as tall as it is wide.</source>
        <translation>{label}为 {w}×{h} 像素，太高了：高度最多为宽度的 2.5 倍。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="62"/>
        <source>A camera preset takes no axis values.</source>
        <translation>预设运镜不需要设置各轴数值。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="69"/>
        <source>Unknown camera movement “{type}”. Choose “simple” or one of: {choices}.</source>
        <translation>未知的运镜方式“{type}”。请选择“simple”或以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="83"/>
        <source>Camera {axis} is {value}; it must be between -10 and 10.</source>
        <translation>运镜 {axis} 为 {value}，必须在 -10 到 10 之间。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="95"/>
        <source>Choose exactly one camera movement (horizontal, vertical, pan, tilt, roll or zoom); {count} are set.</source>
        <translation>请只选择一种运镜（水平、垂直、水平摇镜、垂直摇镜、旋转或变焦）；当前设置了 {count} 种。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="150"/>
        <source>Write a prompt: describe what you want to see.</source>
        <translation>请填写提示词：描述你想看到的画面。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="156"/>
        <source>The prompt is {n} characters long; the limit is {limit}.</source>
        <translation>提示词有 {n} 个字符，上限为 {limit}。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="168"/>
        <source>The negative prompt is {n} characters long; the limit is {limit}.</source>
        <translation>负向提示词有 {n} 个字符，上限为 {limit}。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="176"/>
        <source>The callback address must start with https://.</source>
        <translation>回调地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="194"/>
        <source>Unknown model “{model}”. Choose one of: {choices}.</source>
        <translation>未知模型“{model}”。请从以下模型中选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="206"/>
        <source>{label} is {value}; it must be between 0 and 1.</source>
        <translation>{label}为 {value}，必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="237"/>
        <source>The reference image</source>
        <translation>参考图</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="244"/>
        <source>The number of images must be a whole number from 1 to 9.</source>
        <translation>生成数量必须是 1 到 9 的整数。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="250"/>
        <source>Unknown aspect ratio “{ratio}”. Choose one of: {choices}.</source>
        <translation>未知画面比例“{ratio}”。请从以下比例中选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="261"/>
        <source>{model} cannot make {ratio} images.</source>
        <translation>{model} 无法生成 {ratio} 比例的图片。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="269"/>
        <source>The resolution must be 1k or 2k.</source>
        <translation>分辨率必须是 1k 或 2k。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="276"/>
        <source>2k images are made only by kling-v2, from text alone.</source>
        <translation>只有 kling-v2 在纯文字生成时支持 2k 图片。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="284"/>
        <source>A negative prompt cannot be used together with a reference image.</source>
        <translation>使用参考图时不能填写负向提示词。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="291"/>
        <source>{model} does not take a negative prompt.</source>
        <translation>{model} 不支持负向提示词。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="294"/>
        <source>The reference strength</source>
        <translation>参考强度</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="295"/>
        <source>The face/subject fidelity</source>
        <translation>主体/面部相似度</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="314"/>
        <source>{model} takes no reference image.</source>
        <translation>{model} 不支持参考图。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="319"/>
        <source>{model} restyles an image: add a reference image.</source>
        <translation>{model} 用于图片风格重绘：请添加参考图。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="327"/>
        <source>The reference strength needs a reference image.</source>
        <translation>参考强度需要配合参考图使用。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="334"/>
        <source>{model} does not take a reference strength.</source>
        <translation>{model} 不支持参考强度。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="342"/>
        <source>The reference type must be “subject” or “face”.</source>
        <translation>参考类型必须是“subject”（主体）或“face”（面部）。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="350"/>
        <source>Only kling-v1-5 takes a reference type (subject or face); {model} does not.</source>
        <translation>只有 kling-v1-5 支持参考类型（主体或面部），{model} 不支持。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="358"/>
        <source>The reference type needs a reference image.</source>
        <translation>参考类型需要配合参考图使用。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="365"/>
        <source>With a reference image, {model} needs a reference type: subject or face.</source>
        <translation>使用参考图时，{model} 需要选择参考类型：主体或面部。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="374"/>
        <source>The face/subject fidelity applies only to the “subject” reference type.</source>
        <translation>主体/面部相似度只适用于“主体”参考类型。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="390"/>
        <source>The mode must be “std” (standard) or “pro”.</source>
        <translation>模式必须是“std”（标准）或“pro”（专业）。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="395"/>
        <source>{model} has no {mode} mode.</source>
        <translation>{model} 没有 {mode} 模式。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="399"/>
        <source>The duration must be 5 or 10 seconds.</source>
        <translation>时长必须是 5 秒或 10 秒。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="401"/>
        <source>The creativity</source>
        <translation>创意度</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="406"/>
        <source>{model} does not take a creativity value.</source>
        <translation>{model} 不支持设置创意度。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="410"/>
        <source>{model} cannot add sound.</source>
        <translation>{model} 不能生成声音。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="420"/>
        <source>{model} cannot move the camera here.</source>
        <translation>{model} 在此处不支持运镜。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="422"/>
        <source>{model} moves the camera only in {combos}.</source>
        <translation>{model} 仅在 {combos} 下支持运镜。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="469"/>
        <source>Videos can be {choices}, not {ratio}.</source>
        <translation>视频比例只能是 {choices}，不能是 {ratio}。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="506"/>
        <source>Add a first frame, a last frame, or both.</source>
        <translation>请添加首帧、尾帧或两者。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="507"/>
        <source>The first frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="508"/>
        <source>The last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="515"/>
        <location filename="../api/requests.py" line="563"/>
        <source>a last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="516"/>
        <location filename="../api/requests.py" line="563"/>
        <source>the motion brush</source>
        <translation>运动笔刷</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="517"/>
        <source>camera movement</source>
        <translation>运镜</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="526"/>
        <source>Use only one of a last frame, the motion brush and camera movement (now: {groups}).</source>
        <translation>尾帧、运动笔刷和运镜只能三选一（当前：{groups}）。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="540"/>
        <source>The static mask</source>
        <translation>静态遮罩</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="547"/>
        <source>The static mask must have the same shape (aspect ratio) as the first frame.</source>
        <translation>静态遮罩的比例必须与首帧相同。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="565"/>
        <source>{model} cannot use {what}.</source>
        <translation>{model} 不支持{what}。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="567"/>
        <source>{model} can use {what} only in {combos}.</source>
        <translation>{model} 仅在 {combos} 下支持{what}。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="579"/>
        <source>At most 6 motion paths can be drawn; there are {n}.</source>
        <translation>最多只能绘制 6 条运动轨迹；当前有 {n} 条。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="586"/>
        <source>Motion mask {i}</source>
        <translation>运动遮罩 {i}</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="593"/>
        <source>Motion path {i} has {n} points; it needs 2 to 77.</source>
        <translation>运动轨迹 {i} 有 {n} 个点，需要 2 到 77 个。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="603"/>
        <source>Motion path {i} must use whole-pixel positions.</source>
        <translation>运动轨迹 {i} 必须使用整数像素坐标。</translation>
    </message>
    <message>
        <location filename="../api/requests.py" line="610"/>
        <source>Motion mask {i} must have the same shape as the first frame.</source>
        <translation>运动遮罩 {i} 的比例必须与首帧相同。</translation>
    </message>
    <message>
        <location filename="../api/task.py" line="139"/>
        <source>The server&apos;s answer could not be understood (HTTP {status}: {what}).</source>
        <translation>无法理解服务器的响应（HTTP {status}：{what}）。</translation>
    </message>
    <message>
        <location filename="../context.py" line="143"/>
        <source>The connection “{name}” no longer exists. Choose another one.</source>
        <translation>连接“{name}”已不存在，请选择其他连接。</translation>
    </message>
    <message>
        <location filename="../context.py" line="151"/>
        <source>No key is saved for the connection “{name}”. Enter it in the connection settings.</source>
        <translation>连接“{name}”没有保存密钥。请在连接设置中填写。</translation>
    </message>
    <message>
        <location filename="../jobs/engine.py" line="364"/>
        <source>The job could not be saved: {error}</source>
        <translation>无法保存任务：{error}</translation>
    </message>
    <message>
        <location filename="../jobs/engine.py" line="378"/>
        <source>The files could not be downloaded again: {error}</source>
        <translation>无法重新下载文件：{error}</translation>
    </message>
    <message>
        <location filename="../jobs/engine.py" line="392"/>
        <source>Something went wrong ({error}). The app will try again.</source>
        <translation>出现问题（{error}），应用会重试。</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="206"/>
        <source>The server gave no reason.</source>
        <translation>服务器没有给出原因。</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="211"/>
        <source>Kling could not make this: {reason}</source>
        <translation>可灵未能生成：{reason}</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="315"/>
        <source>Kling no longer keeps this result (results are deleted after 30 days), so it cannot be downloaded again. Use “Locate file…” if you still have it.</source>
        <translation>可灵已不再保存此结果（结果会在 30 天后删除），因此无法重新下载。如果您仍保留着文件，请使用“查找文件…”。</translation>
    </message>
    <message>
        <location filename="../jobs/steps.py" line="343"/>
        <source>Stopped tracking this job. Kling may still finish it and charge for it; its result will not be downloaded.</source>
        <translation>已停止跟踪这个任务。可灵仍可能完成并扣费，但结果不会被下载。</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="67"/>
        <source>{label} cannot be opened as an image ({reason}). Use a JPG or PNG file.</source>
        <translation>{label}无法作为图片打开（{reason}）。请使用 JPG 或 PNG 文件。</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="93"/>
        <source>{label} is {w}×{h} pixels; Kling needs at least {min} pixels on each side. Choose a larger image.</source>
        <translation>{label}为 {w}×{h} 像素；可灵要求每条边至少 {min} 像素。请选择更大的图片。</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="105"/>
        <source>{label} is {w}×{h} pixels, too long and narrow: Kling accepts shapes up to 2.5 times as wide as tall (or as tall as wide). Crop it first.</source>
        <translation>{label}为 {w}×{h} 像素，过于狭长：可灵只接受宽高比不超过 2.5 倍的图片。请先裁剪。</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="114"/>
        <source>converted from {fmt}</source>
        <translation>已从 {fmt} 转换</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="116"/>
        <source>turned upright</source>
        <translation>已转正方向</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="124"/>
        <source>shrunk from {w}×{h}</source>
        <translation>已从 {w}×{h} 缩小</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="131"/>
        <source>made smaller than 10 MB (it was {mb:.1f} MB)</source>
        <translation>已压缩到 10 MB 以内（原为 {mb:.1f} MB）</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="136"/>
        <source>{label} was {changes} to meet Kling&apos;s rules.</source>
        <translation>为符合可灵的要求，{label}{changes}。</translation>
    </message>
    <message>
        <location filename="../media/images.py" line="184"/>
        <source>The image could not be saved as {fmt}.</source>
        <translation>无法将图片保存为 {fmt}。</translation>
    </message>
    <message>
        <location filename="../media/video.py" line="74"/>
        <source>The video {name} cannot be played ({reason}).</source>
        <translation>无法播放视频 {name}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../store/credentials.py" line="154"/>
        <source>This computer has no password store the app can use ({backend}). Your key will be kept only until you quit Kling Desktop; you will need to enter it again next time. Installing and unlocking a keyring (for example GNOME Keyring or KWallet) fixes this.</source>
        <translation>这台电脑没有可用的密码存储（{backend}）。你的密钥只会保留到退出 Kling Desktop 为止，下次需要重新输入。安装并解锁一个密钥环（例如 GNOME Keyring 或 KWallet）即可解决。</translation>
    </message>
    <message>
        <location filename="../store/credentials.py" line="163"/>
        <source>Your password store refused to save the key ({reason}); it may be locked or the request was dismissed. The key will be kept only until you quit Kling Desktop.</source>
        <translation>密码存储拒绝保存密钥（{reason}），可能已锁定或请求被取消。密钥只会保留到退出 Kling Desktop 为止。</translation>
    </message>
    <message>
        <location filename="../store/db.py" line="64"/>
        <source>Your history file was damaged and could not be read. It was moved to {path} (nothing was deleted) and a new history was started.</source>
        <translation>历史记录文件已损坏，无法读取。它已被移到 {path}（没有删除任何内容），并已新建历史记录。</translation>
    </message>
    <message>
        <location filename="../store/db.py" line="78"/>
        <source>The disk is full, so your history could not be saved. Free some space on the drive that holds {folder} and try again.</source>
        <translation>磁盘已满，历史记录无法保存。请清理 {folder} 所在磁盘的空间后重试。</translation>
    </message>
    <message>
        <location filename="../store/db.py" line="88"/>
        <source>The app may not write to {folder}. Check that the folder exists and that you may change it, or choose another data folder.</source>
        <translation>应用无法写入 {folder}。请确认文件夹存在且你有修改权限，或选择其他数据文件夹。</translation>
    </message>
    <message>
        <location filename="../store/db.py" line="114"/>
        <source>The data folder {folder} cannot be created ({reason}).</source>
        <translation>无法创建数据文件夹 {folder}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../store/db.py" line="202"/>
        <source>Your history was saved by a newer version of Kling Desktop (format {found}; this version reads up to {known}). Update the app; the file was not changed.</source>
        <translation>历史记录由更新版本的 Kling Desktop 保存（格式 {found}；当前版本最高支持 {known}）。请更新应用；文件未被改动。</translation>
    </message>
</context>
<context>
    <name>CameraPicker</name>
    <message>
        <location filename="../ui/widgets.py" line="284"/>
        <source>slides the camera left (−) or right (+)</source>
        <translation>镜头向左（−）或向右（+）平移</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="287"/>
        <source>moves the camera down (−) or up (+)</source>
        <translation>镜头向下（−）或向上（+）移动</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="288"/>
        <source>turns the camera left (−) or right (+)</source>
        <translation>镜头向左（−）或向右（+）转动</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="289"/>
        <source>tips the camera down (−) or up (+)</source>
        <translation>镜头向下（−）或向上（+）俯仰</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="290"/>
        <source>rotates the picture (−/+)</source>
        <translation>画面旋转（−/+）</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="291"/>
        <source>moves away (−) or closer (+)</source>
        <translation>镜头拉远（−）或推近（+）</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="303"/>
        <source>No camera movement</source>
        <translation>无运镜</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="305"/>
        <source>Move down and back</source>
        <translation>下移拉远</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="306"/>
        <source>Move forward and up</source>
        <translation>推进上移</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="307"/>
        <source>Turn right, moving forward</source>
        <translation>右旋推进</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="308"/>
        <source>Turn left, moving forward</source>
        <translation>左旋推进</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="311"/>
        <source>Custom: one movement…</source>
        <translation>自定义：单一运镜…</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="361"/>
        <source>{axis} {value:+d}: {hint}</source>
        <translation>{axis} {value:+d}：{hint}</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connection_dialog.py" line="59"/>
        <source>Welcome to Kling Desktop</source>
        <translation>欢迎使用 Kling Desktop</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="59"/>
        <source>Add a connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="64"/>
        <source>How do you reach Kling? You can change this later in the Connection menu.</source>
        <translation>你通过什么方式使用可灵？之后可以在“连接”菜单中修改。</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="68"/>
        <source>I have a relay key (an address and a key)</source>
        <translation>我有中转密钥（一个地址和一个密钥）</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="70"/>
        <source>I have Kling access keys (access key and secret key)</source>
        <translation>我有可灵官方密钥（Access Key 和 Secret Key）</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="72"/>
        <source>Try the demo (no key; nothing is charged)</source>
        <translation>试用演示模式（无需密钥，不会扣费）</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="80"/>
        <source>The demo runs a small Kling imitation on this computer. It makes placeholder pictures and videos so you can learn the app first.</source>
        <translation>演示模式会在本机运行一个模拟的可灵服务，生成占位图片和视频，方便你先熟悉应用。</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="88"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="113"/>
        <source>My relay</source>
        <translation>我的中转</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="119"/>
        <location filename="../ui/connection_dialog.py" line="138"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="120"/>
        <location filename="../ui/connection_dialog.py" line="140"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="121"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="127"/>
        <source>Kling</source>
        <translation>可灵</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="129"/>
        <source>Singapore (outside China)</source>
        <translation>新加坡（中国大陆以外）</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="130"/>
        <source>Beijing (China console)</source>
        <translation>北京（国内控制台）</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="131"/>
        <source>Global (older accounts)</source>
        <translation>全球（旧账户）</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="132"/>
        <source>Another address…</source>
        <translation>其他地址…</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="139"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="141"/>
        <source>Access key</source>
        <translation>Access Key</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="142"/>
        <source>Secret key</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="158"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="185"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="193"/>
        <source>Connected: the key works.</source>
        <translation>连接成功：密钥可用。</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../ui/details.py" line="21"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="22"/>
        <source>Leave out</source>
        <translation>排除内容</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="23"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="24"/>
        <source>Aspect ratio</source>
        <translation>画面比例</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="25"/>
        <source>Number of images</source>
        <translation>图片数量</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="26"/>
        <source>Resolution</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="27"/>
        <source>First frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="29"/>
        <source>Reference image</source>
        <translation>参考图</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="30"/>
        <source>Last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="31"/>
        <source>Reference type</source>
        <translation>参考方式</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="32"/>
        <source>Reference strength</source>
        <translation>参考强度</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="33"/>
        <source>Face likeness</source>
        <translation>面部相似度</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="34"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="35"/>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="36"/>
        <source>Creativity</source>
        <translation>创意程度</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="37"/>
        <source>Camera movement</source>
        <translation>运镜</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="38"/>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="39"/>
        <source>Still area</source>
        <translation>静止区域</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="40"/>
        <source>Motion paths</source>
        <translation>运动轨迹</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="47"/>
        <source>(picture, kept with the job)</source>
        <translation>（图片，随任务保存）</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="50"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="52"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../ui/details.py" line="74"/>
        <source>The details of the chosen result appear here.</source>
        <translation>所选结果的详细信息会显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="93"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="94"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="97"/>
        <source>Why it failed</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="99"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="100"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="102"/>
        <source>Leave out</source>
        <translation>排除内容</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="103"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="109"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="110"/>
        <source>Queued</source>
        <translation>排队时间</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="112"/>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="114"/>
        <source>Took</source>
        <translation>用时</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/details.py" line="114"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="116"/>
        <source>Credits charged</source>
        <translation>扣除的点数</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="117"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="118"/>
        <source>Task id</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="119"/>
        <source>Your request id</source>
        <translation>您的请求 ID</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="121"/>
        <source>Result {n}</source>
        <translation>结果 {n}</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="134"/>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="142"/>
        <source>The file is missing from {path}</source>
        <translation>文件已不在 {path}</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="154"/>
        <source>Server copy expired: only your local copy remains.</source>
        <translation>服务器上的副本已过期：只剩您本地的这一份。</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="157"/>
        <source>Server copy expires today.</source>
        <translation>服务器上的副本今天到期。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/details.py" line="158"/>
        <source>Server copy expires in %n day(s).</source>
        <translation>
            <numerusform>服务器上的副本将在 %n 天后到期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <location filename="../ui/forms.py" line="99"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="105"/>
        <source>Start this job ({keys})</source>
        <translation>开始这个任务（{keys}）</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="187"/>
        <source>Generate is off until the problems above are fixed ({n}).</source>
        <translation>请先解决上面的问题再生成（共 {n} 个）。</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../ui/history_actions.py" line="55"/>
        <source>Reuse settings</source>
        <translation>沿用设置</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="58"/>
        <source>Fill the form with everything this job used, pictures included.</source>
        <translation>用这个任务的全部设置（包括图片）填写表单。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="61"/>
        <location filename="../ui/history_actions.py" line="270"/>
        <source>Run again</source>
        <translation>再次生成</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="64"/>
        <source>Send the same request again, as a new job (charged again).</source>
        <translation>把同样的请求作为新任务再发送一次（会再次扣费）。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="67"/>
        <source>Use as reference image</source>
        <translation>用作参考图</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="69"/>
        <source>Put this picture in Text to image&apos;s reference.</source>
        <translation>把这张图片放进“文生图”的参考图。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="72"/>
        <source>Use as first frame</source>
        <translation>用作首帧</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="74"/>
        <source>Start a video from this picture.</source>
        <translation>以这张图片开始一段视频。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="77"/>
        <source>Use as last frame</source>
        <translation>用作尾帧</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="79"/>
        <source>End a video on this picture.</source>
        <translation>让视频在这张图片上结束。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="82"/>
        <location filename="../ui/history_actions.py" line="307"/>
        <source>Continue this video</source>
        <translation>续写这段视频</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="84"/>
        <source>Use the video&apos;s last frame as the first frame of a new video.</source>
        <translation>把这段视频的最后一帧作为新视频的首帧。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="86"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="89"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="90"/>
        <source>Copy prompt</source>
        <translation>复制提示词</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="91"/>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="92"/>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="94"/>
        <source>Edit tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="96"/>
        <source>Export to a folder…</source>
        <translation>导出到文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="99"/>
        <source>Export as ZIP…</source>
        <translation>导出为 ZIP…</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="102"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="105"/>
        <source>Move the files to the trash and remove the jobs from the history.</source>
        <translation>把文件移到回收站，并从历史记录中移除这些任务。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="109"/>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="113"/>
        <location filename="../ui/history_actions.py" line="386"/>
        <source>Download again</source>
        <translation>重新下载</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="114"/>
        <source>Locate file…</source>
        <translation>查找文件…</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="115"/>
        <source>Search the history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="257"/>
        <source>The form now holds that job&apos;s settings. Change anything, then Generate.</source>
        <translation>表单已填入该任务的设置。可以修改任意内容，然后点“生成”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_actions.py" line="272"/>
        <source>Send %n job(s) again? Each one is a new task and is charged again.</source>
        <translation>
            <numerusform>再次发送 %n 个任务？每个都是新任务，会再次扣费。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="281"/>
        <source>Queued again.</source>
        <translation>已重新排队。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="313"/>
        <source>The video&apos;s last frame is now the first frame of a new video.</source>
        <translation>这段视频的最后一帧已成为新视频的首帧。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="364"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="365"/>
        <source>Tags for this job, separated by commas:</source>
        <translation>此任务的标签，用逗号分隔：</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="379"/>
        <source>Downloading the files again…</source>
        <translation>正在重新下载文件…</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="388"/>
        <source>The files are back on your disk.</source>
        <translation>文件已重新保存到您的磁盘。</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="396"/>
        <source>Where is the file now?</source>
        <translation>文件现在在哪里？</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="414"/>
        <source>Locate file</source>
        <translation>查找文件</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="416"/>
        <source>This file is not the one the app saved (its content differs). Use it anyway?</source>
        <translation>这不是应用当初保存的文件（内容不同）。仍要使用它吗？</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="443"/>
        <source>Export as ZIP</source>
        <translation>导出为 ZIP</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="445"/>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="450"/>
        <source>Export to a folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="458"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="465"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="466"/>
        <source>The export could not be written: {error}</source>
        <translation>无法写入导出内容：{error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_actions.py" line="470"/>
        <source>Exported %n file(s) to {target}.</source>
        <translation>
            <numerusform>已导出 %n 个文件到 {target}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_actions.py" line="475"/>
        <source>%n file(s) were missing from the disk and are only named in the JSON file.</source>
        <translation>
            <numerusform>有 %n 个文件已不在磁盘上，只在 JSON 文件中列出名称。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_actions.py" line="491"/>
        <location filename="../ui/history_actions.py" line="549"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_actions.py" line="493"/>
        <source>Delete %n job(s)? Their files go to the system trash and the jobs leave the history. You can undo this for a little while.</source>
        <translation>
            <numerusform>删除 %n 个任务？它们的文件会移到系统回收站，任务会从历史记录中移除。短时间内可以撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_actions.py" line="509"/>
        <source>Deleted %n job(s).</source>
        <translation>
            <numerusform>已删除 %n 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_actions.py" line="551"/>
        <source>%n job(s) were kept: a file could not be moved to the trash (the disk may have no trash, or the file is in use).</source>
        <translation>
            <numerusform>有 %n 个任务被保留：有文件无法移到回收站（该磁盘可能没有回收站，或文件正在使用）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../ui/history_panel.py" line="60"/>
        <source>Search prompts and tags</source>
        <translation>搜索提示词和标签</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="63"/>
        <source>Type words from a prompt or a tag; results appear as you type (Ctrl+F).</source>
        <translation>输入提示词或标签中的文字，结果随输入即时显示（Ctrl+F）。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="70"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="71"/>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="72"/>
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="73"/>
        <source>Image to video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="74"/>
        <source>Show only one kind of result.</source>
        <translation>只显示一种类型的结果。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="76"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="77"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="78"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="79"/>
        <source>Failed or cancelled</source>
        <translation>失败或已取消</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="80"/>
        <source>Show only jobs in this state.</source>
        <translation>只显示处于此状态的任务。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="84"/>
        <source>Show only your favourites.</source>
        <translation>只显示您的收藏。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="86"/>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="87"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="88"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="89"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="90"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="91"/>
        <source>Between dates…</source>
        <translation>指定日期范围…</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="92"/>
        <source>Show only jobs started in this period.</source>
        <translation>只显示在此期间开始的任务。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="94"/>
        <source>Show only results of one model.</source>
        <translation>只显示某个模型的结果。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="97"/>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="98"/>
        <source>Oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="108"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="110"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="148"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="203"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="212"/>
        <source>All models</source>
        <translation>全部模型</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_panel.py" line="222"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="226"/>
        <source>Nothing matches. Try fewer words or clear the filters.</source>
        <translation>没有匹配的结果。试试少输入几个词，或清除筛选条件。</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.py" line="228"/>
        <source>Your results will be listed here, with their prompts and settings.</source>
        <translation>您的结果会连同提示词和设置列在这里。</translation>
    </message>
</context>
<context>
    <name>ImageForm</name>
    <message>
        <location filename="../ui/forms.py" line="256"/>
        <source>Text to image</source>
        <translation>文生图</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="258"/>
        <source>Describe the picture: subject, setting, light, style…</source>
        <translation>描述画面：主体、场景、光线、风格…</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="261"/>
        <source>What to keep out of the picture (optional)</source>
        <translation>不希望画面中出现的内容（可选）</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="269"/>
        <source>1K (standard)</source>
        <translation>1K（标准）</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="270"/>
        <source>2K (sharper)</source>
        <translation>2K（更清晰）</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="271"/>
        <source>The reference image</source>
        <translation>参考图</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="274"/>
        <source>Keep the subject</source>
        <translation>保持主体</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="275"/>
        <source>Keep the face</source>
        <translation>保持面部</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="278"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="281"/>
        <source>What you want to see, in your own words.</source>
        <translation>用你自己的话描述想看到的内容。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="284"/>
        <source>Leave out</source>
        <translation>排除内容</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="287"/>
        <source>Things the picture should not contain (a negative prompt).</source>
        <translation>画面中不应出现的内容（负向提示词）。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="290"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="293"/>
        <source>Kling&apos;s model. Newer models follow prompts more closely.</source>
        <translation>可灵模型。新模型更贴合提示词。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="296"/>
        <source>Shape</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="299"/>
        <source>The width-to-height shape of the pictures.</source>
        <translation>图片的宽高比例。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="302"/>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="305"/>
        <source>How many pictures to make at once (1-9); each one is charged.</source>
        <translation>一次生成的图片数量（1-9），每张单独计费。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="308"/>
        <source>Resolution</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="311"/>
        <source>2K makes sharper pictures; only kling-v2 offers it, from text.</source>
        <translation>2K 更清晰；仅 kling-v2 的文生图支持。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="314"/>
        <source>Reference image</source>
        <translation>参考图</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="317"/>
        <source>Optional: a picture for Kling to take after.</source>
        <translation>可选：让可灵参考的一张图片。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="320"/>
        <source>Reference strength</source>
        <translation>参考强度</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="323"/>
        <source>How closely to follow the reference image (0-1).</source>
        <translation>与参考图的相似程度（0-1）。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="326"/>
        <source>Reference keeps</source>
        <translation>参考保留</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="329"/>
        <source>kling-v1-5: keep the reference&apos;s whole subject, or its face.</source>
        <translation>kling-v1-5：保留参考图的整个主体，或只保留面部。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="332"/>
        <source>Subject fidelity</source>
        <translation>主体相似度</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="335"/>
        <source>How closely to keep the subject (0-1).</source>
        <translation>与主体的相似程度（0-1）。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="360"/>
        <source>{model} cannot make this shape.</source>
        <translation>{model} 不支持这个比例。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="364"/>
        <source>2K is made only by kling-v2, from text alone.</source>
        <translation>只有 kling-v2 在纯文字生成时支持 2K。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="372"/>
        <source>{model} takes no negative prompt, and none can be used with a reference image.</source>
        <translation>{model} 不支持负向提示词；使用参考图时也不能填写负向提示词。</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../ui/widgets.py" line="124"/>
        <location filename="../ui/widgets.py" line="205"/>
        <source>Drop an image here, paste it, or choose a file</source>
        <translation>把图片拖到这里、粘贴，或选择文件</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="131"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="132"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="133"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="148"/>
        <source>Paste an image you copied ({keys})</source>
        <translation>粘贴已复制的图片（{keys}）</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="158"/>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="160"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="170"/>
        <source>The clipboard holds no image.</source>
        <translation>剪贴板里没有图片。</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="190"/>
        <source>Preparing the image…</source>
        <translation>正在处理图片…</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="216"/>
        <source>{w}×{h} pixels, {kb} KB</source>
        <translation>{w}×{h} 像素，{kb} KB</translation>
    </message>
</context>
<context>
    <name>ImageToVideoForm</name>
    <message>
        <location filename="../ui/forms.py" line="607"/>
        <source>Image to video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="609"/>
        <source>The first frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="610"/>
        <source>The last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="618"/>
        <source>First and last frame</source>
        <translation>首帧和尾帧</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="621"/>
        <source>The video starts on the first frame and, if you add one, ends on the last.</source>
        <translation>视频从首帧开始；如果添加了尾帧，就在尾帧结束。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="624"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="624"/>
        <source>Optional: what should happen.</source>
        <translation>可选：描述画面中发生的事情。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="627"/>
        <source>Leave out</source>
        <translation>排除内容</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="630"/>
        <source>Things the video should not contain.</source>
        <translation>视频中不应出现的内容。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="644"/>
        <source>A last frame works with {model} only in: {combos}</source>
        <translation>{model} 仅在以下设置中支持尾帧：{combos}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="42"/>
        <location filename="../ui/main_window.py" line="114"/>
        <source>Kling Desktop</source>
        <translation>Kling Desktop</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="46"/>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Results are placeholders made by the built-in sandbox on this computer; nothing is sent to Kling and nothing is charged. &lt;a href=&apos;connect&apos; style=&apos;color: white&apos;&gt;Use my own key…&lt;/a&gt;</source>
        <translation>&lt;b&gt;演示模式。&lt;/b&gt;结果是本机内置模拟服务生成的占位内容；不会发送到可灵，也不会扣费。&lt;a href=&apos;connect&apos; style=&apos;color: white&apos;&gt;使用我自己的密钥…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="59"/>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="91"/>
        <source>Create</source>
        <translation>创作</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="96"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="102"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="131"/>
        <source>&amp;Kling Desktop</source>
        <translation>&amp;Kling Desktop</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="132"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="134"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="135"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="140"/>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="142"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="146"/>
        <source>Reset the layout</source>
        <translation>恢复默认布局</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="201"/>
        <source>Connection: {profile}</source>
        <translation>连接：{profile}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="208"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="220"/>
        <source>Add a connection…</source>
        <translation>添加连接…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="223"/>
        <source>Remove “{name}”</source>
        <translation>移除“{name}”</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="233"/>
        <source>Remove connection</source>
        <translation>移除连接</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="235"/>
        <source>Remove the connection “{name}” and its saved key? Your history and files stay.</source>
        <translation>要移除连接“{name}”及其保存的密钥吗？历史记录和文件会保留。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="254"/>
        <source>Key kept for this session only</source>
        <translation>密钥仅在本次运行中保留</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="258"/>
        <source>The job was not started</source>
        <translation>任务未能开始</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="263"/>
        <source>Jobs for “{name}” are paused</source>
        <translation>“{name}”的任务已暂停</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="265"/>
        <source>{message}

The waiting jobs continue once this is fixed (Connection menu).</source>
        <translation>{message}

问题解决后（“连接”菜单），等待中的任务会继续。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="292"/>
        <source>Your result is ready</source>
        <translation>生成结果已就绪</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="328"/>
        <source>Queued. You can keep working; the result will appear when it is ready.</source>
        <translation>已加入队列。您可以继续操作，结果完成后会显示出来。</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../ui/words.py" line="21"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="22"/>
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="23"/>
        <source>Image to video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="29"/>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="30"/>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="31"/>
        <source>Waiting on Kling</source>
        <translation>等待可灵处理</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="32"/>
        <source>Kling is making it</source>
        <translation>可灵正在生成</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="33"/>
        <source>Saving the result</source>
        <translation>正在保存结果</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="34"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="35"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="36"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="39"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="40"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="41"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="42"/>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="43"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue_panel.py" line="114"/>
        <source>%n file(s) saved; double-click to open</source>
        <translation>
            <numerusform>已保存 %n 个文件；双击打开</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="153"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="155"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="157"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="158"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../ui/queue_panel.py" line="159"/>
        <source>Copy prompt</source>
        <translation>复制提示词</translation>
    </message>
</context>
<context>
    <name>ResultViewer</name>
    <message>
        <location filename="../ui/viewer.py" line="130"/>
        <location filename="../ui/viewer.py" line="269"/>
        <source>Choose a result in the history to see it here, or make a new one.</source>
        <translation>在历史记录中选择一个结果在这里查看，或者生成一个新的。</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="146"/>
        <source>Download again</source>
        <translation>重新下载</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="148"/>
        <source>Fetch the file again from Kling&apos;s server while it still keeps it.</source>
        <translation>趁可灵服务器还保存着，重新获取这个文件。</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="150"/>
        <source>Locate file…</source>
        <translation>查找文件…</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="151"/>
        <source>Show the app where the file is now.</source>
        <translation>告诉应用文件现在的位置。</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="172"/>
        <source>Every picture this job made.</source>
        <translation>此任务生成的所有图片。</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="180"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="180"/>
        <source>Fit to the window (0)</source>
        <translation>适应窗口 (0)</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="183"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="183"/>
        <source>Actual pixels (1)</source>
        <translation>实际像素 (1)</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="186"/>
        <source>Zoom out (-)</source>
        <translation>缩小 (-)</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="189"/>
        <source>Zoom in (+)</source>
        <translation>放大 (+)</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="191"/>
        <source>Play video</source>
        <translation>播放视频</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="192"/>
        <source>Play this video here, with its controls.</source>
        <translation>在这里播放这段视频，并显示播放控制。</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="252"/>
        <source>Result {n}</source>
        <translation>结果 {n}</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="271"/>
        <source>Kling is still working on this one. It will appear here when ready.</source>
        <translation>可灵仍在生成中，完成后会显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="272"/>
        <source>This job has no result. The details below say why.</source>
        <translation>此任务没有结果，原因见下方详细信息。</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="294"/>
        <source>This file is no longer where it was saved (moved or deleted outside the app). Kling still keeps a copy: download it again, or show where it is now.</source>
        <translation>这个文件已不在保存的位置（在应用之外被移动或删除）。可灵仍保存着副本：可以重新下载，或告诉应用它现在的位置。</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="299"/>
        <source>This file is no longer where it was saved, and Kling&apos;s copy has expired. If you moved it, show the app where it is now.</source>
        <translation>这个文件已不在保存的位置，而且可灵的副本已过期。如果您移动过它，请告诉应用它现在的位置。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="31"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="35"/>
        <location filename="../ui/settings_dialog.py" line="39"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="40"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="41"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="44"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="54"/>
        <source>How many jobs may be on Kling&apos;s servers at once. Your plan&apos;s concurrency limit still applies.</source>
        <translation>同时在可灵服务器上运行的任务数。你的套餐并发上限仍然有效。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="59"/>
        <source>Tell me when a result is ready while the window is in the background</source>
        <translation>窗口在后台时，结果就绪后通知我</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="65"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="66"/>
        <source>Look</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="67"/>
        <source>Save results in</source>
        <translation>结果保存位置</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68"/>
        <source>Jobs at once</source>
        <translation>同时运行的任务</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="71"/>
        <source>A new language applies when Kling Desktop is started again.</source>
        <translation>新的语言将在重新启动 Kling Desktop 后生效。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="94"/>
        <source>Where should results be saved?</source>
        <translation>结果保存到哪里？</translation>
    </message>
</context>
<context>
    <name>TextToVideoForm</name>
    <message>
        <location filename="../ui/forms.py" line="566"/>
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="570"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="573"/>
        <source>What happens in the video, in your own words.</source>
        <translation>用你自己的话描述视频中发生的事情。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="576"/>
        <source>Leave out</source>
        <translation>排除内容</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="579"/>
        <source>Things the video should not contain.</source>
        <translation>视频中不应出现的内容。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="582"/>
        <source>Shape</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="585"/>
        <source>Landscape, portrait or square.</source>
        <translation>横屏、竖屏或方形。</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../ui/words.py" line="44"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="47"/>
        <source>%n min ago</source>
        <translation>%n 分钟前</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="52"/>
        <source>%n h ago</source>
        <translation>%n 小时前</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="54"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="57"/>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <location filename="../ui/video_player.py" line="55"/>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格）</translation>
    </message>
    <message>
        <location filename="../ui/video_player.py" line="59"/>
        <source>One frame back (,)</source>
        <translation>后退一帧 (,)</translation>
    </message>
    <message>
        <location filename="../ui/video_player.py" line="62"/>
        <source>One frame on (.)</source>
        <translation>前进一帧 (.)</translation>
    </message>
    <message>
        <location filename="../ui/video_player.py" line="65"/>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../ui/video_player.py" line="68"/>
        <source>Play the video again and again.</source>
        <translation>反复播放视频。</translation>
    </message>
    <message>
        <location filename="../ui/video_player.py" line="71"/>
        <source>Sound on or off (M)</source>
        <translation>打开或关闭声音 (M)</translation>
    </message>
    <message>
        <location filename="../ui/video_player.py" line="75"/>
        <source>Drag to move through the video.</source>
        <translation>拖动以在视频中定位。</translation>
    </message>
</context>
<context>
    <name>_VideoForm</name>
    <message>
        <location filename="../ui/forms.py" line="430"/>
        <source>Describe the scene and the motion…</source>
        <translation>描述场景和动作…</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="432"/>
        <source>What to keep out of the video (optional)</source>
        <translation>不希望视频中出现的内容（可选）</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="437"/>
        <location filename="../ui/forms.py" line="463"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="438"/>
        <location filename="../ui/forms.py" line="463"/>
        <source>Professional</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="440"/>
        <source>5 seconds</source>
        <translation>5 秒</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="441"/>
        <source>10 seconds</source>
        <translation>10 秒</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="444"/>
        <source>Add sound</source>
        <translation>添加声音</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="456"/>
        <source>{model} has no {mode} mode.</source>
        <translation>{model} 没有 {mode} 模式。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="469"/>
        <source>{model} sets its own creativity.</source>
        <translation>{model} 自动决定创意度。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="475"/>
        <source>Camera movement works with {model} only in: {combos}</source>
        <translation>{model} 仅在以下设置中支持运镜：{combos}</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="512"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="515"/>
        <source>Kling&apos;s video model; newer ones move more naturally.</source>
        <translation>可灵视频模型；新模型的动作更自然。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="518"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="521"/>
        <source>Professional is sharper and slower, and costs more.</source>
        <translation>专业模式更清晰、更慢，费用更高。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="524"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="527"/>
        <source>How long the video is; 10 seconds costs twice as much.</source>
        <translation>视频时长；10 秒的费用是 5 秒的两倍。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="530"/>
        <source>Creativity</source>
        <translation>创意程度</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="533"/>
        <source>Low: freer interpretation. High: follows the prompt closely.</source>
        <translation>低：更自由发挥；高：更贴合提示词。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="536"/>
        <source>Camera</source>
        <translation>运镜</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="539"/>
        <source>How the camera moves through the scene.</source>
        <translation>镜头在场景中的运动方式。</translation>
    </message>
    <message>
        <location filename="../ui/forms.py" line="545"/>
        <source>Generate a soundtrack with the video (kling-v2-6).</source>
        <translation>为视频生成音轨（kling-v2-6）。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="107"/>
        <location filename="../app.py" line="110"/>
        <source>Kling Desktop</source>
        <translation>Kling Desktop</translation>
    </message>
</context>
</TS>
