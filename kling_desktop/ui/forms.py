"""The three generation forms. Each builds an api request from its widgets, shows every
validation problem beside its field as the user types, greys out what the chosen model
cannot do (from `api.capabilities`, with a tooltip saying why), and says why Generate is
disabled. Ctrl+Enter (⌘+Enter) generates."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.api import CameraControl, ImageRequest, ImageToVideoRequest, TextToVideoRequest
from kling_desktop.api import capabilities as caps
from kling_desktop.api.requests import AnyRequest, Problem
from kling_desktop.jobs.spec import JobSpec
from kling_desktop.ui.widgets import (
    AspectPicker,
    CameraPicker,
    FieldError,
    ImagePicker,
    PromptEdit,
)
from kling_desktop.ui.words import translated

if TYPE_CHECKING:
    from kling_desktop.media.images import PreparedImage


def set_item_enabled(combo: QComboBox, index: int, enabled: bool, why: str = "") -> None:
    model = combo.model()
    if isinstance(model, QStandardItemModel):
        item = model.item(index)
        item.setEnabled(enabled)
        item.setToolTip("" if enabled else why)


def pick_enabled(combo: QComboBox) -> None:
    """If the current choice was just greyed out, move to the first allowed one."""
    model = combo.model()
    if isinstance(model, QStandardItemModel) and not model.item(combo.currentIndex()).isEnabled():
        for i in range(combo.count()):
            if model.item(i).isEnabled():
                combo.setCurrentIndex(i)
                return


class Fraction(QWidget):
    """A 0..1 value as a slider with its number."""

    def __init__(self, value: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setValue(round(value * 100))
        self.label = QLabel()
        self.label.setMinimumWidth(36)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self.slider.valueChanged.connect(lambda v: self.label.setText(f"{v / 100:.2f}"))
        self.label.setText(f"{value:.2f}")

    def value(self) -> float:
        return self.slider.value() / 100

    def set_value(self, value: float) -> None:
        self.slider.setValue(round(value * 100))


class GenerationForm(QWidget):
    """Common plumbing of the three forms."""

    generate_requested = Signal(object)  # JobSpec
    title = ""

    def __init__(self, profile: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self._row = 0
        self._errors: dict[str, FieldError] = {}
        self.general_error = FieldError()
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setDefault(True)
        self.why = QLabel()
        self.why.setWordWrap(True)
        shortcut_text = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.generate_button.setToolTip(
            self.tr("Start this job ({keys})").format(keys=shortcut_text)
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.why, 1)
        bottom.addWidget(self.generate_button)
        outer = QVBoxLayout(self)
        outer.addLayout(self.grid)
        outer.addWidget(self.general_error)
        outer.addStretch()
        outer.addLayout(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.generate)
        self.generate_button.clicked.connect(self.generate)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.revalidate)
        # A fresh form is not scolded: field messages appear once the user has typed or
        # pressed Generate; until then only the line beside Generate says what is missing.
        self.show_field_errors = False

    # Layout helpers ----------------------------------------------------------------------

    def add_row(self, label: str, widget: QWidget, fields: tuple[str, ...], tip: str) -> QWidget:
        caption = QLabel(label)
        caption.setBuddy(widget)
        caption.setToolTip(tip)
        widget.setToolTip(tip)
        error = FieldError()
        self.grid.addWidget(caption, self._row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(widget, self._row, 1)
        self.grid.addWidget(error, self._row + 1, 1)
        self._row += 2
        for name in fields:
            self._errors[name] = error
        return widget

    def watch(self, *signals) -> None:
        for signal in signals:
            signal.connect(self.changed)

    def watch_typing(self, *prompts: PromptEdit) -> None:
        for prompt in prompts:
            prompt.edit.textChanged.connect(lambda prompt=prompt: prompt.text() and self.touched())
            prompt.edit.submitted.connect(self.generate)

    def changed(self, *_: Any) -> None:
        self.update_capabilities()
        self._debounce.start()

    def touched(self, *_: Any) -> None:
        self.show_field_errors = True

    # Validation and generation ---------------------------------------------------------------

    def request(self) -> AnyRequest:
        raise NotImplementedError

    def images(self) -> dict:
        return {}

    def update_capabilities(self) -> None:
        """Grey out what the chosen model cannot do."""

    def problems(self) -> list[Problem]:
        return self.request().validate()

    def revalidate(self) -> list[Problem]:
        problems = self.problems()
        by_label: dict[FieldError, list[str]] = {e: [] for e in self._errors.values()}
        general: list[str] = []
        for problem in problems:
            key = problem.field.split(".")[0].split("[")[0]
            target = self._errors.get(problem.field) or self._errors.get(key)
            (by_label[target] if target else general).append(translated(problem.message))
        shown = self.show_field_errors
        for label, messages in by_label.items():
            label.show_problems(messages if shown else [])
        self.general_error.show_problems(general if shown else [])
        self.generate_button.setEnabled(not problems)
        if not problems:
            self.why.setText("")
        elif shown:
            self.why.setText(
                self.tr("Generate is off until the problems above are fixed ({n}).").format(
                    n=len(problems)
                )
            )
        else:
            self.why.setText(translated(problems[0].message))
        return problems

    def generate(self) -> None:
        self.show_field_errors = True
        if self.revalidate():
            return
        self.generate_requested.emit(JobSpec(self.request(), self.profile(), self.images()))

    # Memory ------------------------------------------------------------------------------

    def remembered(self) -> dict[str, QWidget]:
        """The widgets whose values are kept between runs, by name (restored in order)."""
        return {}

    def state(self) -> dict[str, Any]:
        return {name: _value_of(widget) for name, widget in self.remembered().items()}

    def restore(self, state: dict[str, Any]) -> None:
        for name, widget in self.remembered().items():
            if name in state:
                _set_value(widget, state[name])
        self.changed()

    def load_job(self, params: dict[str, Any], images: dict[str, PreparedImage]) -> None:
        """Fill the form with a past job's parameters (as recorded) and prepared images:
        "reuse these settings". A parameter the job did not send goes back to its default."""
        self.restore({"prompt": "", "negative_prompt": "", **params})
        self.load_extras(params, images)
        self.changed()

    def load_extras(self, params: dict[str, Any], images: dict[str, PreparedImage]) -> None:
        """What `restore` does not cover: images and the fields not remembered between runs."""


def _value_of(widget: QWidget) -> Any:
    if isinstance(widget, PromptEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    return widget.value()  # QSpinBox, AspectPicker, Fraction


def _set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, PromptEdit):
        widget.setText(str(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    else:  # AspectPicker, Fraction
        widget.set_value(value)


def _model_combo(names: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    for name in names:
        combo.addItem(name, name)
    return combo


class ImageForm(GenerationForm):
    def __init__(self, profile: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(profile, parent)
        self.title = self.tr("Text to image")
        self.prompt = PromptEdit(
            self.tr("Describe the picture: subject, setting, light, style…"), caps.PROMPT_MAX
        )
        self.negative = PromptEdit(
            self.tr("What to keep out of the picture (optional)"), caps.NEGATIVE_PROMPT_MAX
        )
        self.negative.edit.setMaximumHeight(60)
        self.model = _model_combo(tuple(caps.IMAGE_MODELS))
        self.aspect = AspectPicker(caps.IMAGE_ASPECT_RATIOS)
        self.count = QSpinBox()
        self.count.setRange(1, caps.MAX_IMAGES)
        self.resolution = QComboBox()
        self.resolution.addItem(self.tr("1K (standard)"), "1k")
        self.resolution.addItem(self.tr("2K (sharper)"), "2k")
        self.reference = ImagePicker(self.tr("The reference image"))
        self.strength = Fraction(0.5)
        self.reference_type = QComboBox()
        self.reference_type.addItem(self.tr("Keep the subject"), "subject")
        self.reference_type.addItem(self.tr("Keep the face"), "face")
        self.human = Fraction(0.45)
        self.add_row(
            self.tr("Prompt"),
            self.prompt,
            ("prompt",),
            self.tr("What you want to see, in your own words."),
        )
        self.add_row(
            self.tr("Leave out"),
            self.negative,
            ("negative_prompt",),
            self.tr("Things the picture should not contain (a negative prompt)."),
        )
        self.add_row(
            self.tr("Model"),
            self.model,
            ("model_name",),
            self.tr("Kling's model. Newer models follow prompts more closely."),
        )
        self.add_row(
            self.tr("Shape"),
            self.aspect,
            ("aspect_ratio",),
            self.tr("The width-to-height shape of the pictures."),
        )
        self.add_row(
            self.tr("How many"),
            self.count,
            ("n",),
            self.tr("How many pictures to make at once (1-9); each one is charged."),
        )
        self.add_row(
            self.tr("Resolution"),
            self.resolution,
            ("resolution",),
            self.tr("2K makes sharper pictures; only kling-v2 offers it, from text."),
        )
        self.add_row(
            self.tr("Reference image"),
            self.reference,
            ("image",),
            self.tr("Optional: a picture for Kling to take after."),
        )
        self.add_row(
            self.tr("Reference strength"),
            self.strength,
            ("image_fidelity",),
            self.tr("How closely to follow the reference image (0-1)."),
        )
        self.add_row(
            self.tr("Reference keeps"),
            self.reference_type,
            ("image_reference",),
            self.tr("kling-v1-5: keep the reference's whole subject, or its face."),
        )
        self.add_row(
            self.tr("Subject fidelity"),
            self.human,
            ("human_fidelity",),
            self.tr("How closely to keep the subject (0-1)."),
        )
        self.watch_typing(self.prompt, self.negative)
        self.watch(
            self.prompt.changed,
            self.negative.changed,
            self.model.currentIndexChanged,
            self.aspect.changed,
            self.count.valueChanged,
            self.resolution.currentIndexChanged,
            self.reference.changed,
            self.strength.slider.valueChanged,
            self.reference_type.currentIndexChanged,
            self.human.slider.valueChanged,
        )
        self.changed()

    def _model(self) -> caps.ImageModel:
        return caps.IMAGE_MODELS[self.model.currentData()]

    def update_capabilities(self) -> None:
        model = self._model()
        has_image = self.reference.prepared is not None
        name = model.name
        self.aspect.allow(
            model.aspect_ratios, self.tr("{model} cannot make this shape.").format(model=name)
        )
        two_k = "2k" in model.resolutions and not has_image
        set_item_enabled(
            self.resolution, 1, two_k, self.tr("2K is made only by kling-v2, from text alone.")
        )
        pick_enabled(self.resolution)
        self.negative.setEnabled(model.negative_prompt and not has_image)
        self.negative.setToolTip(
            ""
            if self.negative.isEnabled()
            else self.tr(
                "{model} takes no negative prompt, and none can be used with a reference image."
            ).format(model=name)
        )
        self.reference.setEnabled(model.reference_image)
        self.strength.setEnabled(has_image and model.image_fidelity)
        self.reference_type.setEnabled(has_image and model.image_reference)
        self.human.setEnabled(
            has_image and model.image_reference and self.reference_type.currentData() == "subject"
        )

    def request(self) -> ImageRequest:
        model = self._model()
        has_image = self.reference.prepared is not None
        return ImageRequest(
            prompt=self.prompt.text(),
            model=model.name,
            negative_prompt=self.negative.text() if self.negative.isEnabled() else None,
            image=self.reference.prepared.data if has_image else None,
            image_reference=self.reference_type.currentData()
            if self.reference_type.isEnabled()
            else None,
            image_fidelity=self.strength.value() if self.strength.isEnabled() else None,
            human_fidelity=self.human.value() if self.human.isEnabled() else None,
            resolution=self.resolution.currentData(),
            n=self.count.value(),
            aspect_ratio=self.aspect.value(),
        )

    def images(self) -> dict:
        return {"image": self.reference.prepared} if self.reference.prepared else {}

    def load_extras(self, params: dict[str, Any], images: dict[str, PreparedImage]) -> None:
        self.reference.set_prepared(images.get("image"))
        if params.get("image_reference"):
            _set_value(self.reference_type, params["image_reference"])
        if params.get("image_fidelity") is not None:
            self.strength.set_value(float(params["image_fidelity"]))
        if params.get("human_fidelity") is not None:
            self.human.set_value(float(params["human_fidelity"]))

    def remembered(self) -> dict[str, QWidget]:
        return {
            "prompt": self.prompt,
            "negative_prompt": self.negative,
            "model": self.model,
            "aspect_ratio": self.aspect,
            "n": self.count,
            "resolution": self.resolution,
        }


class _VideoForm(GenerationForm):
    """What text-to-video and image-to-video share."""

    models: tuple[str, ...] = ()
    camera_feature = ""

    def _video_rows(self) -> None:
        self.prompt = PromptEdit(self.tr("Describe the scene and the motion…"), caps.PROMPT_MAX)
        self.negative = PromptEdit(
            self.tr("What to keep out of the video (optional)"), caps.NEGATIVE_PROMPT_MAX
        )
        self.negative.edit.setMaximumHeight(60)
        self.model = _model_combo(self.models)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Standard"), "std")
        self.mode.addItem(self.tr("Professional"), "pro")
        self.duration = QComboBox()
        self.duration.addItem(self.tr("5 seconds"), "5")
        self.duration.addItem(self.tr("10 seconds"), "10")
        self.creativity = Fraction(0.5)
        self.camera = CameraPicker()
        self.sound = QCheckBox(self.tr("Add sound"))

    def _video_model(self) -> caps.VideoModel:
        return caps.VIDEO_MODELS[self.model.currentData()]

    def _update_video(self) -> None:
        model = self._video_model()
        for i in range(self.mode.count()):
            set_item_enabled(
                self.mode,
                i,
                self.mode.itemData(i) in model.modes,
                self.tr("{model} has no {mode} mode.").format(
                    model=model.name, mode=self.mode.itemText(i)
                ),
            )
        pick_enabled(self.mode)
        for i in range(self.mode.count()):
            label = model.output.get(self.mode.itemData(i))
            base = self.tr("Standard") if i == 0 else self.tr("Professional")
            self.mode.setItemText(i, f"{base} ({label})" if label else base)
        self.creativity.setEnabled(model.cfg_scale)
        self.creativity.setToolTip(
            ""
            if model.cfg_scale
            else self.tr("{model} sets its own creativity.").format(model=model.name)
        )
        allowed = getattr(model, self.camera_feature)
        here = (self.mode.currentData(), self.duration.currentData()) in allowed
        self.camera.setEnabled(here)
        self.camera.setToolTip(
            self.tr("Camera movement works with {model} only in: {combos}").format(
                model=model.name, combos=", ".join(f"{m} {d} s" for m, d in sorted(allowed)) or "—"
            )
            if not here
            else ""
        )
        self.sound.setEnabled(model.sound)

    def _common(self) -> dict[str, Any]:
        return dict(
            prompt=self.prompt.text(),
            model=self.model.currentData(),
            negative_prompt=self.negative.text() or None,
            cfg_scale=self.creativity.value() if self.creativity.isEnabled() else None,
            mode=self.mode.currentData(),
            duration=self.duration.currentData(),
            camera_control=self.camera.value() if self.camera.isEnabled() else None,
            sound=self.sound.isChecked() if self.sound.isEnabled() else None,
        )

    def load_extras(self, params: dict[str, Any], images: dict[str, PreparedImage]) -> None:
        camera = params.get("camera_control")
        self.camera.set_value(CameraControl(**camera) if isinstance(camera, dict) else None)
        self.sound.setChecked(bool(params.get("sound")))

    def remembered(self) -> dict[str, QWidget]:
        return {
            "prompt": self.prompt,
            "negative_prompt": self.negative,
            "model": self.model,
            "mode": self.mode,
            "duration": self.duration,
            "cfg_scale": self.creativity,
        }

    def _add_video_rows(self) -> None:
        self.add_row(
            self.tr("Model"),
            self.model,
            ("model_name",),
            self.tr("Kling's video model; newer ones move more naturally."),
        )
        self.add_row(
            self.tr("Quality"),
            self.mode,
            ("mode",),
            self.tr("Professional is sharper and slower, and costs more."),
        )
        self.add_row(
            self.tr("Length"),
            self.duration,
            ("duration",),
            self.tr("How long the video is; 10 seconds costs twice as much."),
        )
        self.add_row(
            self.tr("Creativity"),
            self.creativity,
            ("cfg_scale",),
            self.tr("Low: freer interpretation. High: follows the prompt closely."),
        )
        self.add_row(
            self.tr("Camera"),
            self.camera,
            ("camera_control",),
            self.tr("How the camera moves through the scene."),
        )
        self.add_row(
            "",
            self.sound,
            ("sound",),
            self.tr("Generate a soundtrack with the video (kling-v2-6)."),
        )
        self.watch_typing(self.prompt, self.negative)
        self.watch(
            self.prompt.changed,
            self.negative.changed,
            self.model.currentIndexChanged,
            self.mode.currentIndexChanged,
            self.duration.currentIndexChanged,
            self.creativity.slider.valueChanged,
            self.camera.changed,
            self.sound.toggled,
        )


class TextToVideoForm(_VideoForm):
    models = caps.TEXT2VIDEO_MODELS
    camera_feature = "camera_text2video"

    def __init__(self, profile: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(profile, parent)
        self.title = self.tr("Text to video")
        self._video_rows()
        self.aspect = AspectPicker(caps.VIDEO_ASPECT_RATIOS)
        self.add_row(
            self.tr("Prompt"),
            self.prompt,
            ("prompt",),
            self.tr("What happens in the video, in your own words."),
        )
        self.add_row(
            self.tr("Leave out"),
            self.negative,
            ("negative_prompt",),
            self.tr("Things the video should not contain."),
        )
        self.add_row(
            self.tr("Shape"),
            self.aspect,
            ("aspect_ratio",),
            self.tr("Landscape, portrait or square."),
        )
        self._add_video_rows()
        self.watch(self.aspect.changed)
        self.changed()

    def update_capabilities(self) -> None:
        self._update_video()

    def request(self) -> TextToVideoRequest:
        return TextToVideoRequest(aspect_ratio=self.aspect.value(), **self._common())

    def remembered(self) -> dict[str, QWidget]:
        return {**super().remembered(), "aspect_ratio": self.aspect}


class ImageToVideoForm(_VideoForm):
    models = caps.IMAGE2VIDEO_MODELS
    camera_feature = "camera_image2video"

    def __init__(self, profile: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(profile, parent)
        self.title = self.tr("Image to video")
        self._video_rows()
        self.first = ImagePicker(self.tr("The first frame"))
        self.last = ImagePicker(self.tr("The last frame"))
        frames = QHBoxLayout()
        frames.addWidget(self.first)
        frames.addWidget(self.last)
        holder = QWidget()
        holder.setLayout(frames)
        frames.setContentsMargins(0, 0, 0, 0)
        self.add_row(
            self.tr("First and last frame"),
            holder,
            ("image", "image_tail"),
            self.tr("The video starts on the first frame and, if you add one, ends on the last."),
        )
        self.add_row(
            self.tr("Prompt"), self.prompt, ("prompt",), self.tr("Optional: what should happen.")
        )
        self.add_row(
            self.tr("Leave out"),
            self.negative,
            ("negative_prompt",),
            self.tr("Things the video should not contain."),
        )
        self._add_video_rows()
        self.watch(self.first.changed, self.last.changed)
        self.changed()

    def update_capabilities(self) -> None:
        self._update_video()
        model = self._video_model()
        here = (self.mode.currentData(), self.duration.currentData()) in model.first_last_frame
        self.last.setEnabled(here or self.last.prepared is not None)
        self.last.setToolTip(
            ""
            if here
            else self.tr("A last frame works with {model} only in: {combos}").format(
                model=model.name,
                combos=", ".join(f"{m} {d} s" for m, d in sorted(model.first_last_frame)) or "—",
            )
        )

    def request(self) -> ImageToVideoRequest:
        return ImageToVideoRequest(
            image=self.first.prepared.data if self.first.prepared else None,
            image_tail=self.last.prepared.data if self.last.prepared else None,
            **self._common(),
        )

    def load_extras(self, params: dict[str, Any], images: dict[str, PreparedImage]) -> None:
        super().load_extras(params, images)
        self.first.set_prepared(images.get("image"))
        self.last.set_prepared(images.get("image_tail"))

    def images(self) -> dict:
        return {
            role: picker.prepared
            for role, picker in (("image", self.first), ("image_tail", self.last))
            if picker.prepared
        }
